package uk.tidemark.command.transfer;

import uk.tidemark.command.CommandRule;
import uk.tidemark.kernel.transfer.command.*;

/** The record transfer's rules (decision 0055); the wording of each refusal lives here. */
enum TransferRule implements CommandRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata).",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    WHOSE_AND_WHEN(StartRecordTransfer.class,
            "A transfer names the pupil, the sending setting and the day the pupil starts at the new school.",
            "Say whose records are sent and the day the pupil starts at the new school."),
    ONE_DESTINATION(StartRecordTransfer.class,
            "A transfer goes to one setting of the trust or to one school outside Tidemark, never both.",
            "Choose a setting of the trust or name a school outside Tidemark, not both."),
    ANOTHER_SETTING(StartRecordTransfer.class,
            "A transfer within the trust goes to another setting than the one sending it.",
            "The records are already at this setting; choose the setting the pupil is moving to."),
    SOMETHING_TO_SEND(StartRecordTransfer.class,
            "A transfer sends at least one case.",
            "There is no case about this pupil in this setting to transfer."),
    DELIVERY_ONLY_OUTSIDE(RecordTransferDelivery.class,
            "Delivery is recorded only for a school outside Tidemark: within the trust the cases move by themselves.",
            "Within the trust the cases moved when the transfer was made; there is no delivery to record."),
    DELIVERED_ONCE(RecordTransferDelivery.class,
            "Delivery is recorded once, before the receipt.",
            "The delivery of this transfer is already recorded."),
    HOW_AND_WHEN_DELIVERED(RecordTransferDelivery.class,
            "A delivery says how the file was sent and the day.",
            "Say how the file was sent and the day it was sent."),
    RECEIVED_ONCE(ConfirmTransferReceipt.class,
            "The receipt is confirmed once.",
            "The receipt of this transfer is already confirmed."),
    DELIVERED_BEFORE_CONFIRMED(ConfirmTransferReceipt.class,
            "An outside school's confirmation is recorded after the delivery.",
            "Record how the file was delivered before the school's confirmation."),
    WHO_CONFIRMED(ConfirmTransferReceipt.class,
            "An outside school's confirmation says who at the school confirmed it and how.",
            "Say who at the receiving school confirmed the receipt and how.");

    private final Text text;

    TransferRule(Class<?> command, String rule, String sentence) {
        this.text = new Text(command, rule, sentence);
    }

    @Override
    public Text text() {
        return text;
    }

    TransferRuleViolation violation() {
        return new TransferRuleViolation(sentence());
    }
}
