import { describe, expect, it } from 'vitest';
import { presentationKeyAction } from '../../../renderer/features/workshop/presentation/presentation-keys.js';

const press = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('presentationKeyAction', () => {
  it('toggles on F5 and on Ctrl+Shift+P / ⌘⇧P, whatever the case of the letter', () => {
    expect(presentationKeyAction(press('F5'), false)).toBe('toggle');
    expect(presentationKeyAction(press('F5'), true)).toBe('toggle');
    expect(presentationKeyAction(press('P', { ctrl: true, shift: true }), false)).toBe('toggle');
    expect(presentationKeyAction(press('p', { meta: true, shift: true }), true)).toBe('toggle');
  });

  it('leaves on Esc only while presenting', () => {
    expect(presentationKeyAction(press('Escape'), true)).toBe('exit');
    expect(presentationKeyAction(press('Escape'), false)).toBeNull();
  });

  it('leaves the browser its own shortcuts: Ctrl+F5, Ctrl+P (print), Shift+F5, Ctrl+Alt+Shift+P', () => {
    expect(presentationKeyAction(press('F5', { ctrl: true }), false)).toBeNull();
    expect(presentationKeyAction(press('F5', { shift: true }), false)).toBeNull();
    expect(presentationKeyAction(press('p', { ctrl: true }), false)).toBeNull();
    expect(presentationKeyAction(press('P', { ctrl: true, shift: true, alt: true }), false)).toBeNull();
    expect(presentationKeyAction(press('p'), true)).toBeNull();
  });
});
