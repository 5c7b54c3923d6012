package uk.tidemark.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Once started, narrows the files the stores created in the data directory during start-up (H2's event store, the
 * embedded read store's file) to 0600: they are out of others' reach already inside the 0700 directory, and this
 * keeps a copy of the directory made with permissions preserved just as closed ({@link OwnerOnly}).
 */
@Component
class DataDirPermissions {

    private static final Logger log = LoggerFactory.getLogger(DataDirPermissions.class);

    private final Path dataDir;

    DataDirPermissions(@Value("${tidemark.data-dir-absolute}") String dataDir) {
        this.dataDir = Path.of(dataDir);
    }

    @EventListener(ApplicationReadyEvent.class)
    void narrow() {
        try {
            OwnerOnly.narrowContents(dataDir);
        } catch (IOException e) {
            log.warn("Could not check the data directory's permissions: {}", e.getClass().getSimpleName());
        }
    }
}
