package app.settle.portal.plugins;

import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginStatusProvider;
import org.pf4j.RuntimeMode;

/**
 * PF4J configured for Settle: plugin jars only (PF4J would treat any sub-folder as a plugin too),
 * manifests as descriptors, deployment mode, and the enable/disable state from the database.
 * The host API check is Settle's own ({@link HostApiCheck}), so PF4J's system version stays unset.
 */
final class HostPluginManager extends DefaultPluginManager {

    HostPluginManager(Path pluginsRoot, PluginStatusProvider statusProvider) {
        super(pluginsRoot);
        this.pluginStatusProvider = statusProvider;
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new JarPluginRepository(getPluginsRoots());
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new ManifestPluginDescriptorFinder();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this);
    }
}
