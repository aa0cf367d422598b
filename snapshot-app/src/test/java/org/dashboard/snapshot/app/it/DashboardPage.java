package org.dashboard.snapshot.app.it;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard preview page as a person uses it: pickers and buttons are clicked, and numbers are read from the
 * rendered text of the tiles (the charts' table views, the cards, the lists). {@link #read()} turns the screen into
 * facts keyed like {@link ExportedCsv#facts()}, so the two can be compared value by value.
 */
final class DashboardPage {
    static final List<String> CAPABILITIES = List.of("summary", "progress", "student_support",
            "challenging_objectives", "assessments", "ai_context");
    static final List<String> BUCKETS = List.of("struggling", "on_track", "excelling", "not_enough_information");
    static final List<String> METRICS = List.of("average_class_proficiency", "average_assessment_score",
            "average_student_progress");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** True once no request is pending: the dashboard is not busy and no tile is loading. */
    private static final String SETTLED = """
            const main = document.getElementById('tiles');
            return main.getAttribute('aria-busy') === 'false'
                && Array.from(document.querySelectorAll('.tile'))
                     .every(tile => tile.dataset.status && tile.dataset.status !== 'loading');""";

    /** The rendered text of each row matched by arguments[0]: its row header, its data-field cells, its data-*. */
    private static final String ROWS = """
            return Array.from(document.querySelectorAll(arguments[0])).map(row => {
              const fields = {};
              row.querySelectorAll('[data-field]').forEach(node => fields[node.dataset.field] = node.innerText.trim());
              const header = row.querySelector('th');
              return {header: header ? header.innerText.trim() : '', fields: fields,
                      data: Object.assign({}, row.dataset), visible: row.getClientRects().length > 0};
            });""";

    /** The objective tree in document order (pre-order), each node with its parent's title. */
    private static final String TREE = """
            return Array.from(document.querySelectorAll('#tile-challenging_objectives .tree__node')).map(node => {
              const own = selector => { const found = node.querySelector(':scope > .tree__row ' + selector);
                                        return found ? found.innerText.trim() : ''; };
              const parent = node.parentElement.closest('.tree__node');
              const parentTitle = parent
                  ? parent.querySelector(':scope > .tree__row [data-field="title"]').innerText.trim() : '';
              return {numbering: own('[data-field="numbering"]'), title: own('[data-field="title"]'),
                      proficiency: own('[data-field="proficiency"]'), rowType: node.dataset.rowType,
                      parentTitle: parentTitle};
            });""";

    private final HeadlessChromium browser;
    private final WebDriver driver;
    private final URI root;

    DashboardPage(HeadlessChromium browser, URI root) {
        this.browser = browser;
        this.driver = browser.driver();
        this.root = root;
    }

    /** Opens the page on a section and waits until every tile has settled. */
    void open(long sectionId) {
        driver.get(root.resolve("?section=" + sectionId).toString());
        awaitSettled();
    }

    void awaitSettled() {
        new WebDriverWait(driver, TIMEOUT).until(d -> Boolean.TRUE.equals(browser.script(SETTLED)));
    }

    /** Chooses the n-th unit of the scope picker (1 = the first unit) and returns its scope key. */
    String chooseUnit(int n) {
        new WebDriverWait(driver, TIMEOUT).until(d -> scopePicker().getOptions().size() > n);
        Select picker = scopePicker();
        picker.selectByIndex(n);
        awaitSettled();
        return picker.getFirstSelectedOption().getAttribute("value");
    }

    /** Sets the progress tile's completion threshold (a request parameter: the tile asks the service again). */
    void setCompletionThreshold(int percent) {
        new Select(driver.findElement(By.id("completion-threshold"))).selectByValue(String.valueOf(percent));
        awaitSettled();
    }

    /** The readiness state each tile shows. */
    Map<String, String> tileStates() {
        Map<String, String> states = new LinkedHashMap<>();
        for (String capability : CAPABILITIES) {
            WebElement status = driver.findElement(By.cssSelector("#tile-" + capability + " [data-role='status']"));
            states.put(capability, status.getAttribute("data-state"));
        }
        return states;
    }

    /** Clicks "Export CSV" and returns the downloaded ZIP. */
    Path exportCsv() throws InterruptedException {
        Set<Path> before = browser.downloadedZips();
        driver.findElement(By.id("export-button")).click();
        Path zip = browser.awaitDownload(before, TIMEOUT);
        new WebDriverWait(driver, TIMEOUT).until(d -> d.findElement(By.id("announcer")).getText()
                .startsWith("Export downloaded"));
        return zip;
    }

    /** Every number and label the tiles show, as facts keyed like the CSV's. */
    Map<String, String> read() {
        Map<String, String> facts = new LinkedHashMap<>();
        readHeading(facts);
        readSummary(facts);
        readProgress(facts);
        readSupport(facts);
        readStudents(facts);
        readObjectives(facts);
        readAssessments(facts);
        return facts;
    }

    private void readHeading(Map<String, String> facts) {
        facts.put("metadata|course_name", text("#course-title"));
        facts.put("metadata|dashboard_scope", text("[data-role='scope-label']"));
        facts.put("metadata|time_zone", text("[data-role='timezone']"));
        facts.put("metadata|total_students", integer(text("[data-role='total-students']").replace(" students", "")
                .replace(" student", "")));
        facts.put("metadata|completion_threshold", text("#tile-progress [data-role='threshold']"));
    }

    private void readSummary(Map<String, String> facts) {
        for (String metric : METRICS) {
            List<WebElement> card = driver.findElements(
                    By.cssSelector("[data-card-id='" + metric + "'] [data-role='value']"));
            facts.put("summary|" + metric, card.isEmpty() ? "" : percent(card.get(0).getText()));
        }
    }

    private void readProgress(Map<String, String> facts) {
        openTable("progress");
        List<Map<String, Object>> rows = rows("[data-chart-table='progress'] tbody tr");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> fields = fields(rows.get(i));
            facts.put("progress|" + i + "|content_item", header(rows.get(i)));
            facts.put("progress|" + i + "|students_completed", integer(fields.get("students_completed")));
            facts.put("progress|" + i + "|completion_rate", percent(fields.get("completion_rate")));
        }
    }

    private void readSupport(Map<String, String> facts) {
        openTable("student_support");
        for (Map<String, Object> row : rows("[data-chart-table='student_support'] tbody tr")) {
            String bucket = data(row).get("bucketId");
            Map<String, String> fields = fields(row);
            facts.put("support|" + bucket + "|student_count", integer(fields.get("student_count")));
            facts.put("support|" + bucket + "|percentage", percent(fields.get("percentage")));
        }
    }

    /** Each bucket is selected in turn and its list shown in full ("Show more" until none is left). */
    private void readStudents(Map<String, String> facts) {
        for (String bucket : BUCKETS) {
            driver.findElement(By.cssSelector("button.bucket[data-bucket-id='" + bucket + "']")).click();
            List<WebElement> more = driver.findElements(By.cssSelector("[data-role='show-more']"));
            while (!more.isEmpty()) {
                more.get(0).click();
                more = driver.findElements(By.cssSelector("[data-role='show-more']"));
            }
            for (Map<String, Object> row : rows("[data-students-of='" + bucket + "'] tbody tr")) {
                String id = data(row).get("studentId");
                Map<String, String> fields = fields(row);
                facts.put("student|" + id + "|student_name", fields.get("student_name"));
                facts.put("student|" + id + "|progress_pct", percent(fields.get("progress_pct")));
                facts.put("student|" + id + "|proficiency_pct", percent(fields.get("proficiency_pct")));
                facts.put("student|" + id + "|support_category", bucket);
                facts.put("student|" + id + "|inactive", "Inactive".equals(fields.get("activity")) ? "True" : "False");
            }
        }
    }

    /** The challenging objectives the tree marks Low, in tree order, as the CSV lists them. */
    @SuppressWarnings("unchecked")
    private void readObjectives(Map<String, String> facts) {
        List<Map<String, String>> nodes = (List<Map<String, String>>) browser.script(TREE);
        int i = 0;
        for (Map<String, String> node : nodes) {
            if (!"Low".equals(node.get("proficiency"))) {
                continue;
            }
            boolean objective = "objective".equals(node.get("rowType"));
            facts.put("objectives|" + i + "|label", node.get("numbering"));
            facts.put("objectives|" + i + "|objective", objective ? node.get("title") : node.get("parentTitle"));
            facts.put("objectives|" + i + "|sub_objective", objective ? "" : node.get("title"));
            facts.put("objectives|" + i + "|proficiency", node.get("proficiency"));
            i++;
        }
    }

    /** The assessments table, then each assessment chosen in turn for its score histogram. */
    private void readAssessments(Map<String, String> facts) {
        List<Map<String, Object>> rows = rows("#tile-assessments tr[data-assessment-id]");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> fields = fields(rows.get(i));
            String name = fields.get("assessment_name");
            String[] completion = fields.get("completion").split(" ");
            long completed = Long.parseLong(completion[0]);
            long total = Long.parseLong(completion[2]);
            String prefix = "assessments|" + i + "|";
            facts.put(prefix + "assessment_name", name);
            facts.put(prefix + "available_from", blank(fields.get("available_from")));
            facts.put(prefix + "due_date", blank(fields.get("due_date")));
            facts.put(prefix + "students_completed", String.valueOf(completed));
            facts.put(prefix + "students_not_completed", String.valueOf(Math.max(total - completed, 0)));
            for (String statistic : List.of("score_min", "score_median", "score_mean", "score_max", "score_std_dev")) {
                facts.put(prefix + statistic, blank(fields.get(statistic)));
            }
            readHistogram(facts, data(rows.get(i)).get("assessmentId"), name);
        }
    }

    private void readHistogram(Map<String, String> facts, String assessmentId, String name) {
        driver.findElement(By.cssSelector(
                "tr[data-assessment-id='" + assessmentId + "'] [data-field='assessment_name']")).click();
        openTable("assessment-histogram");
        String caption = text("#tile-assessments .chart-panel__caption > span");
        if (!caption.equals("Score distribution: " + name)) {
            throw new AssertionError("the histogram shows '" + caption + "' after choosing " + name);
        }
        for (Map<String, Object> row : rows("[data-chart-table='assessment-histogram'] tbody tr")) {
            String count = integer(fields(row).get("student_count"));
            if (!"0".equals(count)) {
                facts.put("histogram|" + name + "|" + header(row), count);
            }
        }
    }

    private void openTable(String key) {
        WebElement toggle = driver.findElement(By.cssSelector("[data-table-toggle='" + key + "']"));
        if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String selector) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.script(ROWS, selector);
        for (Map<String, Object> row : rows) {
            if (!Boolean.TRUE.equals(row.get("visible"))) {
                throw new AssertionError("a row of " + selector + " is not shown on screen: " + row);
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(Map<String, Object> row) {
        return (Map<String, String>) row.get("fields");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> data(Map<String, Object> row) {
        return (Map<String, String>) row.get("data");
    }

    private static String header(Map<String, Object> row) {
        return (String) row.get("header");
    }

    private String text(String selector) {
        return driver.findElement(By.cssSelector(selector)).getText().trim();
    }

    private Select scopePicker() {
        return new Select(driver.findElement(By.id("scope-picker")));
    }

    /** "1,234" -> "1234". */
    private static String integer(String shown) {
        return shown.replace(",", "").trim();
    }

    /** "84.5%" -> "84.5"; "--" (no value) -> "". */
    private static String percent(String shown) {
        return blank(shown.endsWith("%") ? shown.substring(0, shown.length() - 1) : shown);
    }

    /** "--" (no value) -> "". */
    private static String blank(String shown) {
        return "--".equals(shown) ? "" : shown;
    }
}
