package app.settle.portal.shell;

/**
 * A side-menu entry added at run time (by plugins), next to the host views that carry {@code @Menu}.
 *
 * @param path  route path without a leading slash
 * @param title the words in the menu
 * @param icon  a Vaadin icon name ({@code vaadin:<name>}) or null
 * @param order position: lower first
 */
public record ShellMenuItem(String path, String title, String icon, double order) {
}
