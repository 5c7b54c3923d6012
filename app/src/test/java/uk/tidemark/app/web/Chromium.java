package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (both installed by {@code .ci/run}; nothing is
 * downloaded: Selenium Manager is never asked, because the driver and the browser are both named). Each page a
 * test visits can be checked with axe-core (bundled in the test resources) and saved as a screenshot under
 * {@code target/screenshots/<test>/}, and the browser's console is read for errors (a script or style refused by
 * the content security policy shows there, and fails the check).
 */
public final class Chromium implements AutoCloseable {

    public static final String AXE_VERSION = "4.10.2";
    /** A phone (iPhone SE's CSS pixels) and a school laptop. */
    public static final Dimension PHONE = new Dimension(375, 667);
    public static final Dimension LAPTOP = new Dimension(1280, 800);
    private static final List<String> SERIOUS = List.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;
    private final AtomicInteger shot = new AtomicInteger();
    private final boolean javaScript;

    public Chromium(String base, String testName) {
        this(base, testName, true);
    }

    /**
     * {@code javaScript} false: a browser with JavaScript switched off, as some school machines have it (and
     * as a user whose scripts failed to load has it). The pages must still work: htmx only enhances.
     */
    public Chromium(String base, String testName, boolean javaScript) {
        this.base = base;
        this.javaScript = javaScript;
        this.screenshots = Path.of("target", "screenshots", testName);
        String browser = System.getProperty("tidemark.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("tidemark.chromedriver", "/usr/bin/chromedriver");
        assertThat(new File(browser)).as("Chromium (Debian's chromium package; .ci/run installs it)").canRead();
        assertThat(new File(chromedriver).canExecute()).as("chromedriver at %s (Debian's chromium-driver package)", chromedriver).isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        // --disable-remote-fonts: Tidemark serves no web font (tidemark.css points GOV.UK Frontend's "GDS Transport",
        // licensed for GOV.UK services only, at the system's Arial). A fresh profile's local-font lookup can still be
        // pending when a page is first laid out, and Chromium then tries GOV.UK Frontend's own @font-face, whose
        // files under /assets/fonts/ Tidemark does not serve: four 404s in the console, seen once on a busy CI run.
        // Without remote fonts the pages render as they always do, and the console check keeps its meaning.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--disable-extensions", "--lang=en-GB", "--disable-remote-fonts",
                "--window-size=" + LAPTOP.getWidth() + "," + LAPTOP.getHeight());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (!javaScript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void viewport(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Signs in with the form; returns on the page the sign-in lands on. */
    public void signIn(String username, String password) {
        open("/login");
        type("Username", username);
        type("Password", password);
        press("Sign in");
    }

    public void signOut() {
        press("Sign out");
    }

    /** The form control of the label with these words (the way a person finds a field). */
    public WebElement field(String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
        assertThat(labels).as("a label reading '%s' on %s", label, path()).isNotEmpty();
        return driver.findElement(By.id(labels.get(0).getAttribute("for")));
    }

    /** Within the form whose id starts with {@code formName}: the control of the label with these words. */
    public WebElement field(String formName, String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//form[@id=" + literal(formName) + "]//label[normalize-space(.)="
                + literal(label) + "]"));
        assertThat(labels).as("a label reading '%s' in form %s on %s", label, formName, path()).isNotEmpty();
        return driver.findElement(By.id(labels.get(0).getAttribute("for")));
    }

    public void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    public void choose(String label, String visibleText) {
        new Select(field(label)).selectByVisibleText(visibleText);
    }

    /** Ticks a radio or checkbox by its label's words. */
    public void tick(String label) {
        WebElement input = field(label);
        if (!input.isSelected()) {
            input.click();
        }
    }

    /** Presses the button with these words, and waits for the page (or, with htmx, the part) it leads to. */
    public void press(String words) {
        List<WebElement> buttons = driver.findElements(By.xpath("//button[normalize-space(.)=" + literal(words) + "]"
                + " | //input[@type='submit' and @value=" + literal(words) + "]"));
        assertThat(buttons).as("a button '%s' on %s", words, path()).isNotEmpty();
        activate(buttons.get(0));
    }

    /** Presses the button with these words inside the form with this id. */
    public void press(String formId, String words) {
        activate(driver.findElement(By.xpath("//form[@id=" + literal(formId) + "]//button[normalize-space(.)="
                + literal(words) + "]")));
    }

    public void follow(String linkText) {
        activate(driver.findElement(By.xpath("//a[normalize-space(.)=" + literal(linkText) + "]")));
    }

    /**
     * Presses a button of the form with this id, which posts, and waits for the next page: the old page's root goes
     * stale, then the new one has loaded. A click during the page's own replacement can answer a transient
     * inspector error, so errors are ignored while waiting.
     */
    public void submit(String formId, String words) {
        press(formId, words);
    }

    /** Follows a link with these words to a new page. */
    public void go(String linkText) {
        follow(linkText);
    }

    /**
     * Clicks and waits for what the click leads to. A control inside an htmx element (with scripts on) swaps part
     * of the page: wait until no htmx request is in flight. Anything else loads a new page: wait until the old
     * page's root is gone and the new one is complete (checking the clicked element instead races the browser,
     * which may not have started to leave the page yet).
     */
    private void activate(WebElement control) {
        boolean htmx = javaScript && Boolean.TRUE.equals(driver.executeScript(
                "return !!arguments[0].closest('[hx-get],[hx-post],[hx-put],[hx-delete],[hx-boost]');", control));
        if (htmx) {
            control.click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                            "return !!document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping');")));
            return;
        }
        navigate(control);
    }

    private void navigate(WebElement control) {
        WebElement root = driver.findElement(By.tagName("html"));
        control.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    try {
                        root.getTagName();
                        return false;
                    } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                        return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
                    }
                });
    }

    /** Opens a GOV.UK details (an action's form on a case page) by its summary's words. */
    public void reveal(String summary) {
        driver.findElement(By.xpath("//summary[normalize-space(.)=" + literal(summary) + "]")).click();
    }

    /** Sets a date or time input's value as the browser's own picker would. */
    public void set(WebElement input, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /**
     * Saves the whole page (the window stretched to the page's height for the shot, up to 6,000 pixels) as
     * {@code target/screenshots/<test>/NN-name.png}.
     */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", shot.incrementAndGet(), name));
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            if (height != null && height.intValue() > window.getHeight()) {
                driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 140, 6000)));
            }
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Runs axe-core on the page against WCAG 2.0, 2.1 and 2.2 A and AA, and fails on any serious or critical
     * violation, naming each rule and the elements it found.
     */
    public void assertAccessible() {
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))))
                  .catch(e => done('axe failed: ' + e));
                """);
        String json = String.valueOf(result);
        assertThat(json).as("axe ran on %s", path()).startsWith("[");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(json)) {
                if (SERIOUS.contains(v.path("impact").asText())) {
                    serious.add(v.path("impact").asText() + " " + v.path("id").asText() + ": " + v.path("help").asText()
                            + " at " + v.path("nodes"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(serious).as("serious or critical accessibility violations on %s", path()).isEmpty();
    }

    /**
     * The console's errors since the last call: a script or style the content security policy refused, a failed
     * request for a page's part, a script error. The sign-in page's refused favicon and the like would show here.
     */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        // a page answered with its 403 or 404 on purpose logs its own status; that is the page working
        String ownStatus = driver.getCurrentUrl() + " - Failed to load resource: the server responded with a status";
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().startsWith(ownStatus)) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Axe, the console, then the words people read (no ISO date, no constant, no username). */
    public void check(String screenshotName) {
        screenshot(screenshotName);
        assertAccessible();
        assertThat(consoleErrors()).as("console errors on %s", path()).isEmpty();
        assertWrittenOut();
        assertNoUsernames();
    }

    /** No ISO date and no constant in the page's visible text ({@link PageWords#assertWrittenOut}). */
    public void assertWrittenOut() {
        PageWords.assertWrittenOut(driver, path());
    }

    /**
     * Types a date into GOV.UK's date input whose legend has these words: its day, month and year boxes. Within
     * the form with id {@code formName} when one is given (a page of several dates).
     */
    public void date(String legend, LocalDate date) {
        date(null, legend, date);
    }

    public void date(String formName, String legend, LocalDate date) {
        dateBoxes(formName, legend, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** Types into a date input's boxes as given, empty or wrong ones included. */
    public void dateBoxes(String formName, String legend, String day, String month, String year) {
        List<WebElement> boxes = dateInput(formName, legend);
        String[] values = {day, month, year};
        for (int i = 0; i < 3; i++) {
            boxes.get(i).clear();
            boxes.get(i).sendKeys(values[i]);
        }
    }

    /** The day, month and year boxes of the date input whose legend has these words. */
    public List<WebElement> dateInput(String formName, String legend) {
        String scope = formName == null ? "" : "//form[@id=" + literal(formName) + "]";
        List<WebElement> sets = driver.findElements(By.xpath(scope + "//fieldset[legend[normalize-space(.)="
                + literal(legend) + "]]"));
        assertThat(sets).as("a date whose legend reads '%s' on %s", legend, path()).isNotEmpty();
        List<WebElement> boxes = sets.get(0).findElements(By.cssSelector(".govuk-date-input__item input"));
        assertThat(boxes).as("day, month and year boxes of '%s'", legend).hasSize(3);
        return boxes;
    }

    /** No test account's username in the page's visible text ({@link PageWords#assertNoUsernames}). */
    public void assertNoUsernames() {
        PageWords.assertNoUsernames(driver, path());
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
                assertThat(in).as("axe-core in the test resources").isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** An XPath string literal for any text (quotes included). */
    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
