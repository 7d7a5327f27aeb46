import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildProfile, buildSwitchScreen, fetchOn, personName } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { buildList } from './kit/list-block.js';
import { createScreen } from './kit/screen-builder.js';
import { bank, cities } from './kit/words.js';

const topics = bank(
  'sunset hike ramen new_desk first_marathon garden concert road_trip coffee_art puppy rooftop',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const feed = app.screen('home', rng.pick(['Feed', 'For you', 'Home', 'Following']));
  const compose = app.screen('compose', rng.pick(['New post', 'Compose', 'Share']));
  const me = app.screen('me', rng.pick(['Profile', 'You', 'Me']));
  const alerts = app.screen('notification settings', rng.pick(['Notification settings', 'Alerts']));
  const nav = [
    { key: 'feed', label: feed.title, to: feed.id },
    { key: 'compose', label: rng.pick(['Post', 'New']), to: compose.id },
    { key: 'me', label: me.title, to: me.id },
    { key: 'alerts', label: rng.pick(['Alerts', 'Activity']), to: alerts.id },
  ];
  const posts = Array.from({ length: rng.int(5, 22) }, (_, i) => ({
    label: `${personName(app)}: ${rng.pick(topics)} in ${rng.pick(cities)}${i % 3 === 0 ? ` #${i + 1}` : ''}`,
    value: `${rng.int(1, 59)}${rng.pick(['m', 'h'])}`,
  }));
  buildList(app, {
    screen: feed,
    nav,
    items: [...new Map(posts.map((p) => [p.label, p])).values()],
    details: rng.int(1, 3),
    component: rng.pick(['PostCard', 'FeedItem', 'StoryRow']),
    menu: {
      title: rng.pick(['Post options', 'More']),
      actions: pickDistinct(rng, bank('Save Share Hide Report Mute_author Copy_link'), 3),
    },
    detail: (item, ref, parent) =>
      buildDetail(app, {
        screen: ref,
        parent,
        image: true,
        fields: [
          { label: 'Likes', value: String(rng.int(0, 5000)) },
          { label: 'Comments', value: String(rng.int(0, 300)) },
          { label: 'Posted', value: item.value ?? '1h' },
        ],
      }),
  });
  const c = createScreen(app, { screen: compose, parent: feed, nav });
  const text = app.state('compose.text', '');
  c.row(
    {
      key: 'text',
      role: 'textfield',
      label: rng.pick(["What's happening?", 'Write a caption', 'Say something']),
      value: '',
      stateKey: text,
      on: { kind: 'input', key: text },
    },
    2,
  );
  const posted = app.state('compose.posted', false);
  c.row({
    key: 'publish',
    role: 'button',
    label: rng.pick(['Post', 'Share', 'Publish']),
    on: {
      kind: 'submit',
      requires: {},
      success: feed.id,
      failure: 'Could not post',
      sets: { [posted]: true },
    },
  });
  c.build();
  buildProfile(app, me, feed);
  buildSwitchScreen(app, alerts, feed, [
    {
      heading: 'Push',
      labels: pickDistinct(
        rng,
        bank('Notifications Likes Comments New_followers Mentions Direct_messages'),
        rng.int(3, 5),
      ),
    },
  ]);
  fetchOn(app, feed, 'GET', `/feed?cursor=${rng.int(1, 999)}`, { posts: posts.length });
  fetchOn(app, compose, 'POST', '/posts', { id: rng.int(1, 1e6) }, 201);
  app.deepLink(me);
  app.deepLink(compose);
  if (rng.chance(0.5))
    app.extend({ permission: rng.pick(['photos', 'camera', 'notifications'] as const) });
  return feed.id;
}

/** A social feed: long post list with long-press menus, compose, profile, alerts. */
export const socialFeedPack: Pack = definePack({
  id: 'social-feed',
  title: 'Social feed',
  supports: [...mobile, ...web],
  nouns: bank('Gram Chirp Snap Circle Social Buzz Loop Feed'),
  build,
});
