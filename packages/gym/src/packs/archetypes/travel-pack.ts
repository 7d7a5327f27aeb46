import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildProfile, dateText, fetchOn, linkTo } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { buildList } from './kit/list-block.js';
import { createScreen } from './kit/screen-builder.js';
import { bank, cities } from './kit/words.js';

const carriers = bank('Aurora Skyline Meridian Polar Coastal Atlas Zenith');

function build(app: AppDraft): string {
  const { rng } = app;
  const [from = 'Lisbon', to = 'Oslo'] = pickDistinct(rng, cities, 2);
  const home = app.screen('home', rng.pick(['Search trips', 'Where to?', 'Book a trip']));
  const results = app.screen('results', `${from} → ${to}`);
  const trips = app.screen('trips', rng.pick(['My trips', 'Bookings', 'Upcoming']));
  const profile = app.screen('traveller', rng.pick(['Traveller profile', 'Passenger details']));
  const nav = [
    { key: 'search', label: rng.pick(['Search', 'Explore']), to: home.id },
    { key: 'trips', label: trips.title, to: trips.id },
    { key: 'profile', label: rng.pick(['Profile', 'Me']), to: profile.id },
  ];
  const cur = rng.pick(['€', '$', '£']);
  const flights = Array.from({ length: rng.int(5, 20) }, (_, i) => ({
    label: `${rng.pick(carriers)} ${rng.pick(['AU', 'SK', 'MR', 'PL'])}${100 + i * rng.int(1, 9)} · ${rng.int(5, 22)}:${rng.pick(['05', '20', '35', '50'])}`,
    value: `${cur}${rng.int(39, 900)}`,
  }));
  buildList(app, {
    screen: results,
    parent: home,
    items: flights,
    details: rng.int(1, 3),
    decoy: true,
    component: rng.pick(['FlightCard', 'FareRow']),
    detail: (item, ref, parent) => {
      const fare = app.screen(`${ref.id} fare`, rng.pick(['Fare rules', 'Baggage & fare']));
      buildDetail(app, {
        screen: ref,
        parent,
        fields: [
          { label: 'Price', value: item.value ?? '' },
          { label: 'Duration', value: `${rng.int(1, 14)}h ${rng.int(0, 59)}m` },
          { label: 'Stops', value: rng.pick(['Nonstop', '1 stop', '2 stops']) },
        ],
        after: [linkTo(fare)],
        extend: (s) =>
          s.row({
            key: 'book',
            role: 'button',
            label: rng.pick(['Book', 'Select fare', 'Reserve']),
            on: { kind: 'navigate', to: trips.id },
          }),
      });
      buildDetail(app, {
        screen: fare,
        parent: ref,
        fields: [
          { label: rng.pick(['Cabin bag', 'Carry-on']), value: `${rng.int(7, 12)} kg` },
          {
            label: rng.pick(['Checked bag', 'Hold luggage']),
            value: rng.pick(['Not included', '1 × 23 kg']),
          },
          {
            label: rng.pick(['Changes', 'Change fee']),
            value: rng.pick(['Free', `${cur}${rng.int(20, 90)}`]),
          },
        ],
      });
    },
  });
  buildList(app, {
    screen: trips,
    parent: home,
    nav,
    items: pickDistinct(rng, cities, rng.int(1, 6)).map((c) => ({
      label: `${c} ${rng.pick(['getaway', 'trip', 'weekend'])}`,
      value: dateText(app),
    })),
    details: 1,
    detail: (item, ref, parent) =>
      buildDetail(app, {
        screen: ref,
        parent,
        fields: [
          { label: 'Dates', value: item.value ?? '' },
          {
            label: rng.pick(['Confirmation', 'Booking ref']),
            value: `${rng.pick(['K', 'Q', 'X'])}${rng.int(10000, 99999)}`,
          },
        ],
      }),
  });
  buildProfile(app, profile, home);
  const s = createScreen(app, { screen: home, nav });
  for (const [label, value] of [
    [rng.pick(['From', 'Origin']), from],
    [rng.pick(['To', 'Destination']), to],
    [rng.pick(['Depart', 'Date']), dateText(app)],
  ] as const) {
    const key = app.state(`search.${label}`, value);
    s.row({
      key: label,
      role: 'textfield',
      label,
      value,
      stateKey: key,
      on: { kind: 'input', key },
    });
  }
  s.row({
    key: 'search',
    role: 'button',
    label: rng.pick(['Search flights', 'Find trips', 'Search']),
    on: { kind: 'navigate', to: results.id },
  });
  s.build();
  fetchOn(
    app,
    results,
    'GET',
    `/search?from=${from.slice(0, 3).toUpperCase()}&to=${to.slice(0, 3).toUpperCase()}`,
    { results: flights.length },
  );
  fetchOn(app, trips, 'GET', '/bookings', { upcoming: rng.int(0, 5) });
  app.deepLink(trips);
  app.deepLink(results);
  if (rng.chance(0.3)) app.extend({ permission: 'location' });
  return home.id;
}

/** Travel booking: a search form, long result lists, flight and fare details, trips. */
export const travelPack: Pack = definePack({
  id: 'travel',
  title: 'Travel booking',
  supports: [...mobile, ...web],
  nouns: bank('Trip Fly Voyage Jet Roam Wander Go Travel'),
  build,
});
