package dev.masker.server;

import dev.masker.application.port.in.ResetAdminPasswordUseCase;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import org.jboss.logging.Logger;

/**
 * {@code java -jar quarkus-run.jar reset-admin [email]}: gives the admin of that email ({@code
 * admin@localhost}, local mode's first admin, by default) a new generated password, prints it once
 * on the console (never to the log), ends the admin's sessions and exits. For a self-hoster who
 * lost the password printed at first start. Exit codes: 0 done, 1 no admin has that email, 2 not an
 * email address.
 */
@ApplicationScoped
public class ResetAdmin implements QuarkusApplication {
  static final String COMMAND = "reset-admin";
  static final String DEFAULT_ADMIN = "admin@localhost";
  private static final Logger LOG = Logger.getLogger(ResetAdmin.class);

  private final ResetAdminPasswordUseCase reset;

  public ResetAdmin(ResetAdminPasswordUseCase reset) {
    this.reset = reset;
  }

  @Override
  public int run(String... args) {
    return run(args.length > 1 ? args[1] : DEFAULT_ADMIN, System.out, System.err);
  }

  int run(String email, PrintStream console, PrintStream errors) {
    Email admin;
    try {
      admin = new Email(email);
    } catch (InvalidValue notAnAddress) {
      errors.println(
          "Usage: reset-admin [email of an admin]; the argument is not an email address");
      return 2;
    }
    return reset
        .reset(new ResetAdminPasswordUseCase.Command(admin))
        .fold(
            done -> {
              LOG.infof("Password of admin %s reset; its sessions were ended", done.admin().id());
              console.println();
              console.println("==================================================================");
              console.println(" Masker: a new password for the admin. Shown only once:");
              console.println("   email:    " + admin.value());
              console.println("   password: " + done.password().value());
              console.println(" Every session of this admin was signed out.");
              console.println("==================================================================");
              console.println();
              return 0;
            },
            none -> {
              errors.println("No admin has this email address; nothing was changed.");
              return 1;
            });
  }
}
