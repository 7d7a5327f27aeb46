import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildSwitchScreen, fetchOn } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { buildList } from './kit/list-block.js';
import { buildMap } from './kit/map-block.js';
import { bank, cities } from './kit/words.js';

const placeKinds = bank(
  'Café Bakery Museum Park Pharmacy Station Library Market Gallery Pier Garage Gym',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const city = rng.pick(cities);
  const home = app.screen('home', rng.pick(['Explore', 'Map', `${city} map`, 'Nearby']));
  const saved = app.screen('saved', rng.pick(['Saved places', 'Favourites', 'Your places']));
  const prefs = app.screen('map settings', rng.pick(['Map settings', 'Map options']));
  const places = pickDistinct(rng, placeKinds, rng.int(3, 7)).map(
    (kind) => `${rng.pick([city, rng.pick(bank('Old North Harbour Central East River'))])} ${kind}`,
  );
  buildMap(app, {
    screen: home,
    pins: [...new Set(places)].slice(0, 6),
    below: [
      { key: 'saved', role: 'button', label: saved.title, on: { kind: 'navigate', to: saved.id } },
      {
        key: 'settings',
        role: 'button',
        label: prefs.title,
        on: { kind: 'navigate', to: prefs.id },
      },
    ],
  });
  const items = [
    ...new Set([
      ...places,
      ...pickDistinct(rng, placeKinds, rng.int(4, 14)).map((k) => `${rng.pick(cities)} ${k}`),
    ]),
  ].map((label) => ({
    label,
    value: `${rng.int(1, 99) / 10} km`,
  }));
  buildList(app, {
    screen: saved,
    parent: home,
    items,
    details: rng.int(1, 3),
    decoy: true,
    menu: {
      title: rng.pick(['Place options', 'Actions']),
      actions: pickDistinct(rng, bank('Share Directions Remove Rename Copy_address'), 3),
    },
    detail: (item, ref, parent) => {
      const area = app.screen(`${ref.id} area`, `${item.label} area`);
      buildDetail(app, {
        screen: ref,
        parent,
        image: rng.chance(0.5),
        fields: [
          { label: 'Distance', value: item.value ?? '1 km' },
          {
            label: rng.pick(['Opening hours', 'Open']),
            value: `${rng.int(6, 10)}:00–${rng.int(17, 23)}:00`,
          },
          {
            label: 'Address',
            value: `${rng.int(1, 200)} ${rng.pick(bank('Rua_Augusta Main_St Harbour_Rd Elm_Ave'))}`,
          },
        ],
        after: [
          {
            key: 'show area',
            role: 'cell',
            label: rng.pick(['Show on map', 'View area']),
            on: { kind: 'navigate', to: area.id },
          },
        ],
      });
      buildMap(app, {
        screen: area,
        parent: ref,
        pins: pickDistinct(rng, placeKinds, rng.int(1, 4)),
      });
    },
  });
  buildSwitchScreen(app, prefs, home, [
    {
      heading: 'Layers',
      labels: pickDistinct(
        rng,
        bank('Traffic Transit Satellite Bike_lanes Terrain 3D_buildings'),
        rng.int(2, 5),
      ),
    },
    {
      heading: 'Navigation',
      labels: pickDistinct(
        rng,
        bank('Avoid_tolls Avoid_highways Voice_guidance Speed_limits'),
        rng.int(1, 3),
      ),
    },
  ]);
  fetchOn(app, home, 'GET', `/tiles?z=12&city=${city.toLowerCase()}`, { tiles: rng.int(4, 40) });
  fetchOn(app, saved, 'GET', '/places/saved', { count: items.length });
  app.deepLink(saved);
  app.deepLink(home);
  if (rng.chance(0.7)) app.extend({ permission: 'location' });
  return home.id;
}

/** A maps app: a zoomable, rotatable, pannable map with pins, saved places and layers. */
export const mapsPack: Pack = definePack({
  id: 'maps',
  title: 'Maps',
  supports: [...mobile, ...web],
  nouns: bank('Maps Atlas Route Compass Trail Guide Places Nav'),
  build,
});
