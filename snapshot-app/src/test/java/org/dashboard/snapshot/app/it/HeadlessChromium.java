package org.dashboard.snapshot.app.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both at fixed paths: no Selenium Manager, no
 * download of a driver or a browser (the machine's network is closed). A fresh profile and download directory per
 * instance; {@link #close()} stops the browser and the driver and deletes both.
 *
 * <p>The paths can be moved with {@code -Dsnapshot.it.chromium=...} and {@code -Dsnapshot.it.chromedriver=...}. A
 * missing binary fails the test with the command that installs it: a browser test that skips proves nothing.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("snapshot.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("snapshot.it.chromedriver", "/usr/bin/chromedriver"));

    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--hide-scrollbars",
            "--lang=en-US");

    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, Path downloads, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.downloads = downloads;
        this.service = service;
        this.driver = driver;
    }

    /** Starts the browser, or throws an {@link AssertionError} saying what to install. */
    static HeadlessChromium start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = temporaryDirectory("chromium-profile-");
        Path downloads = temporaryDirectory("chromium-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true,
                "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new HeadlessChromium(profile, downloads, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            delete(downloads);
            throw new AssertionError("Chromium did not start through " + CHROMEDRIVER + " with " + CHROMIUM
                    + ": " + e.getMessage(), e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Runs a script in the page and returns its value. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The ZIP files downloaded so far. */
    Set<Path> downloadedZips() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a finished ZIP download that is not in {@code before}. */
    Path awaitDownload(Set<Path> before, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> fresh = downloadedZips().stream().filter(file -> !before.contains(file)).findFirst();
            if (fresh.isPresent() && Files.exists(fresh.get())) {
                return fresh.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no ZIP was downloaded into " + downloads + " within " + timeout);
    }

    /** The browser console's errors (uncaught exceptions, failed requests). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A screenshot of the whole page: the window is made as tall as the document first. */
    void screenshotWholePage(Path target) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 40, 12_000)));
        script("return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
            delete(downloads);
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        File file = path.toFile();
        if (!file.isFile() || !file.canExecute()) {
            throw new AssertionError(path + " is missing: the dashboard browser test drives Debian's headless "
                    + "Chromium. Install it with: apt-get update && apt-get install -y chromium chromium-driver "
                    + "(package " + debianPackage + "; .ci/run does this when it is missing).");
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
