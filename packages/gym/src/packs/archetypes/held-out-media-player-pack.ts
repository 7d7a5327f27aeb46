import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildSwitchScreen, fetchOn, personName } from './kit/common-screens.js';
import { combineLabels, pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { addSlider, addSortable } from './kit/drag-block.js';
import { buildList } from './kit/list-block.js';
import { createScreen } from './kit/screen-builder.js';
import { adjectives, bank } from './kit/words.js';

const songNouns = bank(
  'Tides Lanterns Static Horizon Ember Satellites Paper_Moon Glasshouse Northern_Lights Undertow',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen('home', rng.pick(['Library', 'Listen now', 'Music']));
  const queue = app.screen('queue', rng.pick(['Up next', 'Queue']));
  const prefs = app.screen('playback', rng.pick(['Playback', 'Audio settings']));
  const nav = [home, queue, prefs].map((s) => ({ key: s.id, label: s.title, to: s.id }));
  const tracks = combineLabels(rng, adjectives, songNouns, rng.int(6, 26));
  buildList(app, {
    screen: home,
    nav,
    items: tracks.map((label) => ({
      label,
      value: `${personName(app)} · ${rng.int(2, 6)}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    })),
    details: rng.int(1, 3),
    decoy: true,
    component: rng.pick(['TrackRow', 'SongCell']),
    menu: {
      title: rng.pick(['Track options', 'More']),
      actions: pickDistinct(rng, bank('Play_next Add_to_playlist Download Share Go_to_artist'), 3),
    },
    detail: (item, ref, parent) => {
      const s = createScreen(app, { screen: ref, parent });
      s.row(
        { key: 'artwork', role: 'image', label: `${item.label} artwork` },
        rng.int(30, 55) / 10,
      );
      s.row({
        key: 'artist',
        role: 'text',
        label: rng.pick(['Artist', 'By']),
        value: item.value ?? '',
        stateKey: app.state(`${ref.id}.artist`, item.value ?? ''),
      });
      if (app.request.kind === 'web') addSlider(app, s, rng.pick(['Volume', 'Position']), 0, 100);
      const playing = app.state(`${ref.id}.playing`, false);
      s.split([
        {
          key: 'previous',
          role: 'button',
          label: rng.pick(['Previous', '⏮']),
          on: { kind: 'select', key: app.state(`${ref.id}.skip`, ''), value: 'previous' },
        },
        {
          key: 'play',
          role: 'switch',
          label: rng.pick(['Play', 'Play/Pause']),
          value: 'off',
          stateKey: playing,
          on: { kind: 'toggle', key: playing },
        },
        {
          key: 'next',
          role: 'button',
          label: rng.pick(['Next', '⏭']),
          on: { kind: 'select', key: app.state(`${ref.id}.skip2`, ''), value: 'next' },
        },
      ]);
      s.build();
    },
  });
  const q = createScreen(app, { screen: queue, parent: home, nav });
  if (app.request.kind === 'web')
    addSortable(app, q, pickDistinct(rng, tracks, Math.min(5, tracks.length)));
  else
    q.row({
      key: 'empty',
      role: 'text',
      label: rng.pick(['Nothing queued', 'Your queue is empty']),
    });
  q.build();
  buildSwitchScreen(app, prefs, home, [
    {
      heading: 'Playback',
      labels: pickDistinct(
        rng,
        bank('Crossfade Gapless_playback Normalize_volume Autoplay Lossless Explicit_content'),
        rng.int(2, 5),
      ),
    },
  ]);
  fetchOn(app, home, 'GET', '/library/tracks', { tracks: tracks.length });
  fetchOn(app, queue, 'POST', '/player/queue', { queued: rng.int(0, 5) });
  app.deepLink(queue);
  return home.id;
}

/** HELD OUT (eval only): a media player with tracks, a now-playing screen, a queue and playback switches. */
export const heldOutMediaPlayerPack: Pack = definePack({
  id: 'held-out-media-player',
  title: 'Media player (held out)',
  heldOut: true,
  supports: [...mobile, ...web],
  nouns: bank('Tune Play Sound Wave Audio Beat Groove Cast'),
  build,
});
