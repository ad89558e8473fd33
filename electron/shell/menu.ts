import { app, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { menuLabels, menuLanguageFor } from './menu-labels.js';
import type { MenuLabels } from './menu-labels.js';

export interface MenuOptions {
  /** Unpackaged runs add Reload and the developer tools; an installed app has neither. */
  isDev: boolean;
  isMac: boolean;
}

/**
 * The native menu as a template. Roles give the platform's own behaviour and
 * accelerators (copy/paste inside inputs, zoom keys); we only supply labels,
 * because Electron's default role labels are English everywhere.
 */
export function menuTemplate(labels: MenuLabels, options: MenuOptions): MenuItemConstructorOptions[] {
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { role: 'reload', label: labels.reload },
        { role: 'toggleDevTools', label: labels.toggleDevTools },
        { type: 'separator' },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    { label: labels.file, submenu: [{ role: 'quit', label: labels.quit }] },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    {
      label: labels.view,
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: labels.resetZoom },
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels.toggleFullScreen },
      ],
    },
    { label: labels.help, submenu: [{ role: 'about', label: labels.about }] },
  ];
  // NOTE: macOS always titles the first menu with the app name, so there the
  // first menu must be the app menu or "Archivo" would be renamed "Cafetal".
  return options.isMac ? [{ role: 'appMenu' }, ...template] : template;
}

/** Installs the menu in the language of the operating system. */
export function installAppMenu(options: MenuOptions): void {
  const labels = menuLabels[menuLanguageFor(app.getLocale())];
  app.setAboutPanelOptions({ applicationName: 'Cafetal', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(labels, options)));
}
