import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng.js';
import type { AppSpec } from '../../world/model.js';
import {
  adminTablesPack,
  authPack,
  bankingPack,
  chatPack,
  defaultPacks,
  fitnessPack,
  mapsPack,
  notesPack,
  shopPack,
} from './index.js';
import { appsOf } from './test-helpers.js';
import { allElements } from './validate/graph.js';

const seeds = 24;
const elements = (app: AppSpec) => allElements(app).map((e) => e.element);
const every = (apps: readonly AppSpec[], claim: (app: AppSpec) => boolean): boolean =>
  apps.every(claim);

describe('the default packs', () => {
  it('are at least 12, with unique ids and at least 2 clearly named held-out packs', () => {
    const ids = defaultPacks.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const heldOut = defaultPacks.filter((p) => p.heldOut === true);
    expect(heldOut.length).toBeGreaterThanOrEqual(2);
    expect(heldOut.every((p) => p.id.startsWith('held-out-'))).toBe(true);
  });

  it('cover every platform and kind, web only in chromium', () => {
    const pairs = new Set(
      defaultPacks.flatMap((p) => p.supports.map((s) => `${s.platform}/${s.kind}`)),
    );
    expect([...pairs].sort()).toEqual([
      'android/native',
      'android/react-native',
      'chromium/web',
      'ios/native',
      'ios/react-native',
    ]);
  });

  it('refuse a request they do not support', () => {
    expect(() => chatPack.generate(createRng(1), { platform: 'chromium', kind: 'web' })).toThrow(
      RangeError,
    );
  });
});

describe('pack features', () => {
  it('login: the submit requires the credentials and sets loggedIn', () => {
    for (const pack of [authPack, bankingPack, adminTablesPack]) {
      for (const app of appsOf(pack, seeds)) {
        const creds = app.credentials;
        expect(creds).toBeDefined();
        const submit = elements(app).find(
          (e) => e.on?.kind === 'submit' && e.on.sets?.loggedIn === true,
        );
        expect(submit?.on?.kind === 'submit' && Object.values(submit.on.requires).sort()).toEqual(
          [creds?.password, creds?.username].sort(),
        );
        expect(app.initialState.loggedIn).toBe(false);
        expect(Object.values(app.initialState)).not.toContain(creds?.password);
      }
    }
  });

  it('maps: a zoomable, rotatable, pannable map screen', () => {
    expect(
      every(appsOf(mapsPack, seeds), (app) =>
        app.screens.some(
          (s) =>
            s.zoom !== undefined &&
            s.rotatable === true &&
            s.drag?.kind === 'pan' &&
            s.elements.some((e) => e.role === 'map'),
        ),
      ),
    ).toBe(true);
  });

  it('admin tables: a sortable list and a slider on web', () => {
    const apps = appsOf(adminTablesPack, seeds);
    expect(every(apps, (app) => app.screens.some((s) => s.drag?.kind === 'reorder'))).toBe(true);
    expect(
      every(apps, (app) =>
        app.screens.some(
          (s) => s.drag?.kind === 'slider' && s.elements.some((e) => e.role === 'slider'),
        ),
      ),
    ).toBe(true);
  });

  it('onboarding: auth, notes and fitness apps have a carousel whose last page completes it', () => {
    for (const pack of [authPack, notesPack, fitnessPack]) {
      for (const app of appsOf(pack, seeds)) {
        const onboarding = app.onboarding;
        expect(onboarding?.screens.length).toBeGreaterThanOrEqual(2);
        const last = app.screens.find((s) => s.id === onboarding?.screens.at(-1));
        expect(
          last?.elements.some(
            (e) => e.on?.kind === 'submit' && e.on.sets?.[onboarding?.completeKey ?? ''] === true,
          ),
        ).toBe(true);
      }
    }
  });

  it('long press: chat and notes rows open context menus', () => {
    for (const pack of [chatPack, notesPack]) {
      expect(
        every(appsOf(pack, seeds), (app) =>
          app.screens.some((s) => Object.keys(s.longPress ?? {}).length > 0),
        ),
      ).toBe(true);
    }
  });

  it('drill-down: profile read-outs two screens deep keep their value in state', () => {
    for (const app of appsOf(authPack, seeds)) {
      const nested = app.screens.filter(
        (s) =>
          s.parent !== undefined &&
          app.screens.find((p) => p.id === s.parent)?.parent !== undefined,
      );
      const readouts = nested
        .flatMap((s) => s.elements)
        .filter((e) => e.stateKey !== undefined && e.value !== undefined && e.role === 'text');
      expect(readouts.length).toBeGreaterThan(0);
      for (const e of readouts) expect(app.initialState[e.stateKey ?? '']).toBe(e.value);
    }
  });

  it('toggle: switches carry state keys', () => {
    for (const app of appsOf(defaultPacks[0] as (typeof defaultPacks)[number], seeds)) {
      const switches = elements(app).filter((e) => e.role === 'switch');
      expect(switches.length).toBeGreaterThan(0);
      for (const s of switches) expect(typeof app.initialState[s.stateKey ?? '']).toBe('boolean');
    }
  });

  it('scroll: some lists are longer than the viewport', () => {
    const apps = appsOf(shopPack, seeds);
    expect(
      apps.some((app) =>
        app.screens.some(
          (s) => (s.contentHeight ?? 1) > 1 && s.elements.some((e) => !e.fixed && e.frame.y >= 1),
        ),
      ),
    ).toBe(true);
  });

  it('deep links: scheme and https forms on mobile, https on web', () => {
    for (const pack of defaultPacks) {
      for (const app of appsOf(pack, 10)) {
        const urls = Object.keys(app.deepLinks);
        expect(urls.some((u) => u.startsWith('https://'))).toBe(true);
        if (app.kind !== 'web') expect(urls.some((u) => !u.startsWith('http'))).toBe(true);
      }
    }
  });

  it('React Native apps have logs with a warning and an error, hotspots and requests', () => {
    for (const pack of defaultPacks) {
      for (const app of appsOf(pack, 12).filter((a) => a.kind === 'react-native')) {
        const levels = app.runtime?.logs.map((l) => l.level) ?? [];
        expect(levels).toContain('warn');
        expect(levels).toContain('error');
        expect(app.runtime?.hotspots.length).toBeGreaterThan(0);
        expect(app.requests.length).toBeGreaterThan(1);
      }
    }
  });

  it('web apps have an httpOnly cookie, storage and a path for every screen', () => {
    for (const pack of defaultPacks) {
      for (const app of appsOf(pack, 12).filter((a) => a.kind === 'web')) {
        expect(app.web?.cookies.some((c) => c.httpOnly)).toBe(true);
        expect(Object.keys(app.web?.localStorage ?? {}).length).toBeGreaterThan(0);
        expect(Object.keys(app.web?.paths ?? {}).sort()).toEqual(
          app.screens.map((s) => s.id).sort(),
        );
      }
    }
  });

  it('decoys: near-duplicate labels and disabled twins appear across apps', () => {
    const apps = defaultPacks.flatMap((pack) => appsOf(pack, 10));
    const labels = apps.flatMap((app) => elements(app).map((e) => e.label));
    expect(labels.some((l) => /(sounds|settings|history|preview|\(beta\))$/.test(l))).toBe(true);
    expect(
      apps.some((app) =>
        app.screens.some((s) =>
          s.elements.some(
            (e) =>
              e.disabled === true &&
              s.elements.some((o) => o !== e && o.label === e.label && !o.disabled),
          ),
        ),
      ),
    ).toBe(true);
  });
});
