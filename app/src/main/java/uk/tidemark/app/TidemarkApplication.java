package uk.tidemark.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tidemark in one process: command side, query side, REST API and web pages. */
@SpringBootApplication(scanBasePackages = "uk.tidemark")
public class TidemarkApplication {

    public static void main(String[] args) {
        // Axon 4.12+ checks for updates over the internet; Tidemark must not phone home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(TidemarkApplication.class, args);
    }
}
