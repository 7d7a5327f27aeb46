import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildSwitchScreen, dateText, fetchOn, linkTo } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { addSlider } from './kit/drag-block.js';
import { buildList } from './kit/list-block.js';
import { buildOnboarding } from './kit/onboarding-block.js';
import { createScreen } from './kit/screen-builder.js';
import { bank } from './kit/words.js';

const workouts = bank(
  'Morning_run Evening_ride Yoga Swim Hill_walk HIIT Rowing Climb Pilates Long_run Tempo_run',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen('home', rng.pick(['Today', 'Summary', 'Activity']));
  const history = app.screen('workouts', rng.pick(['Workouts', 'History', 'Activities']));
  const goals = app.screen('goals', rng.pick(['Goals', 'Targets']));
  const health = app.screen('health', rng.pick(['Health data', 'Vitals']));
  const prefs = app.screen('tracking', rng.pick(['Tracking', 'Sensors & sharing']));
  const nav = [home, history, goals].map((s) => ({ key: s.id, label: s.title, to: s.id }));
  const tour = buildOnboarding(app, {
    from: home,
    topics: pickDistinct(
      rng,
      bank('Track_every_step Set_goals Sleep_better Share_with_friends'),
      rng.int(2, 4),
    ),
  });
  buildList(app, {
    screen: history,
    parent: home,
    nav,
    items: Array.from({ length: rng.int(5, 24) }, (_, i) => ({
      label: `${rng.pick(workouts)} ${i + 1}`,
      value: `${rng.int(10, 120)} min`,
    })),
    details: rng.int(1, 3),
    decoy: true,
    gridOk: true,
    detail: (item, ref, parent) => {
      const splits = app.screen(
        `${ref.id} splits`,
        rng.pick(['Splits', 'Laps', 'Heart rate zones']),
      );
      buildDetail(app, {
        screen: ref,
        parent,
        fields: [
          { label: 'Duration', value: item.value ?? '' },
          { label: rng.pick(['Calories', 'Active energy']), value: `${rng.int(80, 900)} kcal` },
          { label: 'Date', value: dateText(app) },
        ],
        after: [linkTo(splits)],
      });
      buildDetail(app, {
        screen: splits,
        parent: ref,
        fields: Array.from({ length: rng.int(2, 5) }, (_, i) => ({
          label: `${rng.pick(['Split', 'Lap', 'Zone'])} ${i + 1}`,
          value: `${rng.int(3, 9)}:${String(rng.int(0, 59)).padStart(2, '0')}`,
        })),
      });
    },
  });
  const g = createScreen(app, { screen: goals, parent: home, nav });
  if (app.request.kind === 'web')
    addSlider(app, g, rng.pick(['Daily step goal (k)', 'Weekly minutes']), 1, 30);
  for (const label of pickDistinct(
    rng,
    bank('Move_goal Stand_reminders Weekly_streak Rest_days'),
    rng.int(1, 3),
  )) {
    const key = app.state(`goals.${label}`, true);
    g.row({
      key: label,
      role: 'switch',
      label,
      value: 'on',
      stateKey: key,
      on: { kind: 'toggle', key },
    });
  }
  g.build();
  buildDetail(app, {
    screen: health,
    parent: home,
    fields: [
      { label: rng.pick(['Resting heart rate', 'Resting HR']), value: `${rng.int(48, 80)} bpm` },
      { label: 'Sleep', value: `${rng.int(5, 9)}h ${rng.int(0, 59)}m` },
      { label: rng.pick(['VO2 max', 'Cardio fitness']), value: `${rng.int(30, 60)}` },
    ],
  });
  buildSwitchScreen(app, prefs, home, [
    {
      heading: 'Sensors',
      labels: pickDistinct(
        rng,
        bank('GPS_tracking Auto-pause Heart_rate_sensor Share_with_coach Fall_detection'),
        rng.int(2, 4),
      ),
    },
  ]);
  const h = createScreen(app, { screen: home, nav });
  h.split([
    {
      key: 'steps',
      role: 'text',
      label: 'Steps',
      value: String(rng.int(200, 18000)),
      stateKey: app.state('today.steps', ''),
    },
    {
      key: 'distance',
      role: 'text',
      label: 'Distance',
      value: `${rng.int(1, 140) / 10} km`,
      stateKey: app.state('today.distance', ''),
    },
  ]);
  h.row(
    { key: 'chart', role: 'canvas', label: rng.pick(['Activity rings', 'Weekly chart']) },
    rng.int(20, 40) / 10,
  );
  for (const ref of [history, health, prefs]) h.row(linkTo(ref));
  h.row({
    key: 'tour',
    role: 'link',
    label: rng.pick(['Tips', 'Take the tour']),
    on: { kind: 'navigate', to: tour.id },
  });
  h.build();
  fetchOn(app, history, 'GET', '/workouts?limit=50', { workouts: rng.int(5, 50) });
  fetchOn(app, goals, 'PUT', '/goals', { saved: true });
  app.deepLink(history);
  app.deepLink(goals);
  if (rng.chance(0.6)) app.extend({ permission: rng.pick(['location', 'notifications'] as const) });
  return home.id;
}

/** Fitness and health: summary read-outs, workouts three levels deep, goals, sensors, a tour. */
export const fitnessPack: Pack = definePack({
  id: 'fitness',
  title: 'Fitness and health',
  supports: [...mobile, ...web],
  nouns: bank('Fit Pulse Stride Move Run Health Beat Active'),
  build,
});
