package uk.tidemark.app.web.sar;

import uk.tidemark.kernel.sar.query.SubjectAccessView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the safeguarding lead reviews in one page (and the API's {@code /records}): each record found, each entry with
 * its text as recorded and as it would be released, and how many cases naming the person they may not see.
 */
record SubjectAccessReview(String requestId, String personName, int cases, int unseen, List<Record> records) {

    record Record(String key, String title, String setting, boolean isCase, String settingId, List<Line> entries) {
    }

    record Line(String key, Instant at, String what, String text, String released, boolean marked) {
    }

    record CaseRef(String id, String settingId) {
    }

    static SubjectAccessReview of(SubjectAccessView view, SubjectAccessRecords.Found found) {
        List<Record> records = new ArrayList<>();
        for (SubjectAccessRecords.Section s : found.sections()) {
            List<Line> lines = new ArrayList<>();
            for (SubjectAccessRecords.Entry e : s.entries()) {
                boolean marked = view.redactions().stream().anyMatch(r -> r.entryKey().equals(e.key()));
                lines.add(new Line(e.key(), e.at(), e.what(), e.text(), Redaction.apply(e.text(), e.key(),
                        view.redactions(), view.personName(), e.others()), marked));
            }
            records.add(new Record(s.key(), s.title(), s.settingName(), s.title().startsWith("Case "), s.settingId(),
                    lines));
        }
        return new SubjectAccessReview(view.id(), view.personName(), found.cases(), found.unseen(), records);
    }

    /** The cases shown, for the read audit. */
    List<CaseRef> caseIds() {
        return records.stream().filter(Record::isCase).map(r -> new CaseRef(r.key(), r.settingId())).toList();
    }
}
