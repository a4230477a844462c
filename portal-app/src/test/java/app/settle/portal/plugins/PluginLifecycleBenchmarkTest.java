package app.settle.portal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.security.TestLogins;
import app.settle.portal.testing.BenchmarkReport;
import app.settle.portal.testing.PortalUiTest;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.UserDirectory;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Class loader growth over 100 install → disable → enable → upgrade → uninstall cycles of the vendor example
 * plugin: every plugin class loader the cycles create is held weakly, and after the last cycle and a few
 * garbage collections the ones still alive are counted (none should be: the plugin is uninstalled), together
 * with the JVM's loaded class count and used heap. Runs only when asked:
 * {@code ./mvnw -o -B verify -pl portal-app -Dtest=PluginLifecycleBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dsettle.bench=true} (add {@code -Dsettle.bench.cycles=N}).
 */
@EnabledIfSystemProperty(named = "settle.bench", matches = "true")
class PluginLifecycleBenchmarkTest extends PortalUiTest {

    static final String ID = "external-example";

    @Autowired
    PluginHost host;
    @Autowired
    UserDirectory users;

    @Test
    void classLoadersDoNotGrowOverRepeatedLifecycles() throws InterruptedException {
        int cycles = Integer.getInteger("settle.bench.cycles", 100);
        Path v1 = TestPlugins.apiOnlyJar("external-example");
        Path v2 = TestPlugins.apiOnlyJar("external-example-v2");
        TestLogins.signIn(users, "admin");
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        try {
            cycle(v1, v2, loaders);
            settle();
            int classesAfterWarmUp = classes.getLoadedClassCount();
            long heapAfterWarmUp = memory.getHeapMemoryUsage().getUsed();
            long started = System.nanoTime();
            for (int i = 0; i < cycles; i++) {
                cycle(v1, v2, loaders);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            settle();
            long alive = loaders.stream().filter(ref -> ref.get() != null).count();
            int classesAfter = classes.getLoadedClassCount();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();

            BenchmarkReport.write("Plugin lifecycle: class loaders over repeated install/upgrade/uninstall", String.format(
                    Locale.US, """
                    `PluginLifecycleBenchmarkTest` (portal-app, `-Dsettle.bench=true`): %d cycles, after one warm-up
                    cycle, of install 1.0.0 from an upload → disable → enable → upgrade to 1.1.0 (new migration) →
                    uninstall with purge, for the vendor example plugin (built against the plugin-api jar alone), in the
                    test portal with three other plugins running. Each cycle creates two PF4J plugin class loaders;
                    each is held weakly and counted after the run and a few garbage collections.

                    | figure | value |
                    |---|---|
                    | plugin class loaders created | %,d |
                    | of those still alive after GC | %,d |
                    | loaded classes after warm-up → after the run | %,d → %,d (%+,d) |
                    | classes unloaded by the JVM so far | %,d |
                    | used heap after GC, after warm-up → after the run | %,.1f MB → %,.1f MB |
                    | time per cycle | %,d ms |
                    """, cycles, loaders.size(), alive, classesAfterWarmUp, classesAfter,
                    classesAfter - classesAfterWarmUp, classes.getUnloadedClassCount(), heapAfterWarmUp / 1048576.0,
                    heapAfter / 1048576.0, millis / cycles));
            assertThat(alive).as("plugin class loaders still reachable").isZero();
            assertThat(classesAfter - classesAfterWarmUp).as("classes loaded and not unloaded")
                    .isLessThan(cycles * 5);
        } finally {
            if (host.status(ID).isPresent()) {
                host.uninstall(ID, true);
            }
            TestLogins.signOut();
        }
    }

    private void cycle(Path v1, Path v2, List<WeakReference<ClassLoader>> loaders) {
        expect(host.install(v1, "external-example-1.0.0.jar"));
        loaders.add(new WeakReference<>(host.classLoaderOf(ID)));
        assertThat(host.disable(ID).state()).isEqualTo(PluginRunState.DISABLED);
        assertThat(host.enable(ID).state()).isEqualTo(PluginRunState.STARTED);
        expect(host.install(v2, "external-example-1.1.0.jar"));
        loaders.add(new WeakReference<>(host.classLoaderOf(ID)));
        expect(host.uninstall(ID, true));
    }

    private static void expect(PluginChange change) {
        assertThat(change.succeeded()).as(change.message()).isTrue();
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }
}
