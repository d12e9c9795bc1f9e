package dev.masker.server.startup;

import dev.masker.application.port.in.OpenAccountUseCase;
import dev.masker.domain.account.Plan;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.server.ServerSettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.PrintStream;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates the first account and its admin when the server has no user at all: with {@code
 * MASKER_BOOTSTRAP_ADMIN_EMAIL}/{@code _PASSWORD} when both are set, else in local mode as {@code
 * admin@localhost} with a generated password printed once on the console (never to the log).
 */
@ApplicationScoped
public class BootstrapAdmin {
  static final String LOCAL_ADMIN = "admin@localhost";
  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

  private final OpenAccountUseCase openAccount;
  private final Optional<String> email;
  private final Optional<String> password;
  private final boolean localMode;

  public BootstrapAdmin(OpenAccountUseCase openAccount, ServerSettings settings) {
    this.openAccount = openAccount;
    this.email = settings.bootstrapAdminEmail().filter(s -> !s.isBlank());
    this.password = settings.bootstrapAdminPassword().filter(s -> !s.isEmpty());
    this.localMode = settings.localMode();
  }

  void onStart(@Observes @Priority(10) StartupEvent start) {
    if (email.isPresent() && password.isPresent()) {
      open(email.get(), password.get(), false);
    } else if (localMode) {
      open(LOCAL_ADMIN, Password.generate().value(), true);
    }
  }

  private void open(String adminEmail, String adminPassword, boolean print) {
    var result =
        openAccount.openFirst(
            new OpenAccountUseCase.Command(
                "Default", new Email(adminEmail), new Password(adminPassword), Plan.INTERNAL));
    if (result instanceof OpenAccountUseCase.Result.Opened opened) {
      LOG.infof(
          "Bootstrap admin %s created in account %s", opened.admin().id(), opened.account().id());
      if (print) {
        printOnce(adminEmail, adminPassword, System.out);
      }
    }
  }

  private static void printOnce(String adminEmail, String adminPassword, PrintStream console) {
    console.println();
    console.println("==================================================================");
    console.println(" Masker local mode: the first admin was created. Shown only once:");
    console.println("   email:    " + adminEmail);
    console.println("   password: " + adminPassword);
    console.println(" Sign in with POST /api/v1/auth/login.");
    console.println("==================================================================");
    console.println();
  }
}
