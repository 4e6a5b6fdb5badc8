package fr.bocage.network.diagnosis;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/** Where an organisation's answer stands: its members edit a draft until one of them submits it, for good. */
public enum AnswerState {
    DRAFT, SUBMITTED;

    public String code() {
        return ApiNames.of(this);
    }

    public String label() {
        return Messages.get("diagnosis.answer.state." + code());
    }
}
