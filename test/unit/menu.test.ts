import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installAppMenu, menuTemplate } from '../../electron/shell/menu.js';
import { menuLabels, menuLanguageFor } from '../../electron/shell/menu-labels.js';
import type { MenuLabels } from '../../electron/shell/menu-labels.js';
import { fakeElectron } from '../helpers/fake-electron.js';

vi.mock('electron', async () => (await import('../helpers/fake-electron.js')).fakeElectron);

type Item = MenuItemConstructorOptions;
const submenuOf = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const topLabels = (template: Item[]): Array<string | undefined> => template.map((item) => item.label);
const roles = (item: Item | undefined): Array<string | undefined> => submenuOf(item).map((entry) => entry.role);

describe('menuLanguageFor', () => {
  it.each([
    ['es', 'es'],
    ['es-PE', 'es'],
    ['es-419', 'es'],
    ['ES-pe', 'es'],
    ['en-US', 'en'],
    ['qu', 'en'], // Quechua: no translation yet, English is the fallback
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(menuLanguageFor(locale)).toBe(language);
  });
});

describe('menu labels', () => {
  it('are in Spanish and English for the same keys', () => {
    expect(Object.keys(menuLabels.es).sort()).toEqual(Object.keys(menuLabels.en).sort());
    for (const labels of Object.values(menuLabels)) {
      for (const label of Object.values(labels as Record<keyof MenuLabels, string>)) expect(label.trim()).not.toBe('');
    }
  });

  it('read Archivo, Editar, Ver, Ayuda in Spanish', () => {
    const template = menuTemplate(menuLabels.es, { isDev: false, isMac: false });
    expect(topLabels(template)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    expect(submenuOf(template[0]).map((item) => item.label)).toEqual(['Salir']);
    expect(submenuOf(template[3]).map((item) => item.label)).toEqual(['Acerca de Cafetal']);
    expect(submenuOf(template[2]).map((item) => item.label)).toContain('Pantalla completa');
  });

  it('read File, Edit, View, Help in English', () => {
    const template = menuTemplate(menuLabels.en, { isDev: false, isMac: false });
    expect(topLabels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(submenuOf(template[0]).map((item) => item.label)).toEqual(['Quit']);
    expect(submenuOf(template[3]).map((item) => item.label)).toEqual(['About Cafetal']);
  });
});

describe('menuTemplate', () => {
  it('uses the standard edit roles so copy and paste work in every input', () => {
    const template = menuTemplate(menuLabels.es, { isDev: false, isMac: false });
    expect(roles(template[1])).toEqual(['undo', 'redo', undefined, 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers zoom and full screen, and Reload only when unpackaged', () => {
    const installed = roles(menuTemplate(menuLabels.es, { isDev: false, isMac: false })[2]);
    expect(installed).toEqual(['resetZoom', 'zoomIn', 'zoomOut', undefined, 'togglefullscreen']);
    const dev = roles(menuTemplate(menuLabels.es, { isDev: true, isMac: false })[2]);
    expect(dev.slice(0, 2)).toEqual(['reload', 'toggleDevTools']);
    expect(dev).toEqual(expect.arrayContaining(installed));
  });

  it('puts the app menu first on macOS', () => {
    const template = menuTemplate(menuLabels.es, { isDev: false, isMac: true });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(topLabels(template.slice(1))).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
  });
});

describe('installAppMenu', () => {
  beforeEach(() => {
    fakeElectron.Menu.applicationMenu = null;
  });

  const installedTemplate = (): Item[] => (fakeElectron.Menu.applicationMenu as { template: Item[] }).template;

  it('follows the operating system language', () => {
    fakeElectron.app.locale = 'es-PE';
    installAppMenu({ isDev: false, isMac: false });
    expect(topLabels(installedTemplate())).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);

    fakeElectron.app.locale = 'en-GB';
    installAppMenu({ isDev: false, isMac: false });
    expect(topLabels(installedTemplate())).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('names the app in the About panel', () => {
    installAppMenu({ isDev: false, isMac: false });
    expect(fakeElectron.app.aboutPanelOptions).toMatchObject({ applicationName: 'Cafetal' });
  });
});
