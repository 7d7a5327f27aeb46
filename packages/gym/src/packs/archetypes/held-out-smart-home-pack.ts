import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildAbout, fetchOn, linkTo } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile } from './kit/define-pack.js';
import { createScreen } from './kit/screen-builder.js';
import { addSwitches } from './kit/switch-block.js';
import { bank } from './kit/words.js';

const rooms = bank('Living_room Kitchen Bedroom Office Hallway Garage Garden Bathroom Nursery');
const devices = bank(
  'Ceiling_light Lamp Heater Fan Blinds Speaker TV Kettle Door_lock Camera Sprinkler',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen('home', rng.pick(['Home', 'My home', 'Rooms']));
  const about = app.screen('about', 'About');
  const chosen = pickDistinct(rng, rooms, rng.int(2, 6)).map((r) => app.screen(r, r));
  for (const room of chosen) {
    const s = createScreen(app, { screen: room, parent: home });
    s.row({
      key: 'temperature',
      role: 'text',
      label: 'Temperature',
      value: `${rng.int(16, 25)}.${rng.int(0, 9)} °C`,
      stateKey: app.state(`${room.id}.temperature`, ''),
    });
    addSwitches(
      app,
      s,
      [{ heading: room.title, labels: pickDistinct(rng, devices, rng.int(2, 6)) }],
      true,
    );
    const scene = app.state(`${room.id}.scene`, '');
    s.split(
      pickDistinct(rng, bank('Bright Relax Night Away'), 2).map((label) => ({
        key: `scene ${label}`,
        role: 'button',
        label,
        on: { kind: 'select', key: scene, value: label },
      })),
    );
    s.build();
    fetchOn(app, room, 'GET', `/rooms/${room.id}/devices`, { devices: rng.int(2, 6) });
  }
  buildAbout(app, about, home);
  const h = createScreen(app, { screen: home });
  h.row({
    key: 'status',
    role: 'text',
    label: rng.pick(['All doors locked', 'Everyone is away', 'Home is quiet']),
  });
  h.grid(chosen.map((room) => linkTo(room)));
  h.row(linkTo(about));
  h.build();
  app.deepLink(rng.pick(chosen));
  if (rng.chance(0.5)) app.extend({ permission: 'location' });
  return home.id;
}

/** HELD OUT (eval only): a smart-home app with rooms as tiles, device switches and scenes. */
export const heldOutSmartHomePack: Pack = definePack({
  id: 'held-out-smart-home',
  title: 'Smart home (held out)',
  heldOut: true,
  supports: mobile,
  nouns: bank('Home Nest Hearth House Den Dwell Haven Abode'),
  build,
});
