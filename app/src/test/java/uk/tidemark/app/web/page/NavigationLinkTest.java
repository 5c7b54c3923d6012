package uk.tidemark.app.web.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationLinkTest {

    @Test
    void aLinkIsCurrentOnItsPathAndUnderIt() {
        Navigation.Link cases = new Navigation.Link("Cases", "/cases");
        assertThat(cases.current("/cases")).isTrue();
        assertThat(cases.current("/cases/abc")).isTrue();
        assertThat(cases.current("/casesx")).isFalse();
        assertThat(cases.current(null)).isFalse();
        assertThat(new Navigation.Link("Dashboard", "/").current("/cases")).isFalse();
    }

    @Test
    void aDeeperLinkTakesItsPagesFromTheLinkAboveIt() {
        Navigation.Link registers = new Navigation.Link("Registers", "/registers",
                List.of("/registers/image-consent/check"));
        assertThat(registers.current("/registers/image-consent")).isTrue();
        assertThat(registers.current("/registers/image-consent/check")).isFalse();
        assertThat(new Navigation.Link("Photo check", "/registers/image-consent/check")
                .current("/registers/image-consent/check")).isTrue();
    }
}
