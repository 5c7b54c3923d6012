package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import uk.tidemark.app.evidence.CheckedFile;
import uk.tidemark.app.evidence.EvidenceFiles;
import uk.tidemark.app.evidence.FileRefusedException;
import uk.tidemark.app.refusal.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The files chosen on a page's form (the report form, the case page, the reporter's page), each checked as the API
 * checks an upload; a refused one is a problem of the form's {@value #FILES} field, naming the file.
 */
@Component
class EvidenceUploads {

    static final String FILES = "files";

    private final EvidenceFiles files;

    EvidenceUploads(EvidenceFiles files) {
        this.files = files;
    }

    List<CheckedFile> checked(List<MultipartFile> uploads, List<FieldProblem> errors) {
        List<CheckedFile> checked = new ArrayList<>();
        for (MultipartFile upload : chosen(uploads)) {
            try {
                checked.add(files.check(upload.getOriginalFilename(), EvidenceController.bytesOf(upload)));
            } catch (FileRefusedException refused) {
                errors.add(new FieldProblem(FILES, refused.about(EvidenceFiles.shownName(
                        upload.getOriginalFilename()))));
            }
        }
        return checked;
    }

    /** The largest file, as people write it, for the forms' hints. */
    String maxFileSize() {
        return files.maxFileSizeInWords();
    }

    /** A form's file input sends one empty part, without a name, when nothing was chosen. */
    private static List<MultipartFile> chosen(List<MultipartFile> uploads) {
        return uploads == null ? List.of() : uploads.stream()
                .filter(u -> !(u.isEmpty() && (u.getOriginalFilename() == null || u.getOriginalFilename().isEmpty())))
                .toList();
    }
}
