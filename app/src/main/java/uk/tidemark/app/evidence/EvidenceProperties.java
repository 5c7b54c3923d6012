package uk.tidemark.app.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Evidence files (docs/configuration.md): the largest file accepted, the types accepted (as told from the bytes), and
 * the master key that seals every case's data key (base64 of 32 bytes; empty: {@code evidence-key} in the data
 * directory).
 */
@ConfigurationProperties("tidemark.evidence")
public record EvidenceProperties(DataSize maxFileSize, List<String> allowedTypes, String key) {

    public EvidenceProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? FileTypes.DEFAULT_ALLOWED
                : allowedTypes.stream().map(String::strip).toList();
        key = key == null ? "" : key;
    }
}
