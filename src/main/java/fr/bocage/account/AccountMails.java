package fr.bocage.account;

import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The e-mails that carry a token: posted in the caller's transaction, so a rolled-back change sends nothing. */
@ApplicationScoped
public class AccountMails {
    static final String TOKEN_PARAMETER = "jeton";

    @Inject
    AccountTokenRepository tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    public void sendVerification(Account account) {
        send(account, TokenPurpose.VERIFY_EMAIL, Routes.SIGN_UP_CONFIRM, "mail.verify");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sendPasswordReset(Account account) {
        send(account, TokenPurpose.RESET_PASSWORD, Routes.NEW_PASSWORD, "mail.reset");
    }

    private void send(Account account, TokenPurpose purpose, String path, String key) {
        String link = publicUrl.of(path, TOKEN_PARAMETER, tokens.issue(account, purpose));
        String name = account.getDisplayName() == null ? account.getEmail() : account.getDisplayName();
        outbox.enqueue(new OutgoingMail(account.getEmail(), Messages.get(key + ".subject"),
                Messages.format(key + ".text", name, link)));
    }
}
