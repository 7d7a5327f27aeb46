import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildProfile, buildSwitchScreen, fetchOn, personName } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile } from './kit/define-pack.js';
import { buildList } from './kit/list-block.js';
import { addContextMenu } from './kit/modal-builder.js';
import { createScreen } from './kit/screen-builder.js';
import { bank } from './kit/words.js';

const lines = bank(
  'Running_late On_my_way! Lunch_tomorrow? Sent_the_file See_you_at_8 Call_me_back Nice_photo Thanks!',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen('home', rng.pick(['Chats', 'Messages', 'Inbox']));
  const me = app.screen('me', rng.pick(['Profile', 'My account']));
  const prefs = app.screen('chat settings', rng.pick(['Chat settings', 'Privacy & notifications']));
  const nav = [
    { key: 'chats', label: home.title, to: home.id },
    { key: 'me', label: rng.pick(['You', 'Profile']), to: me.id },
    { key: 'settings', label: rng.pick(['Settings', 'Options']), to: prefs.id },
  ];
  const people = [...new Set(Array.from({ length: rng.int(5, 22) }, () => personName(app)))];
  buildList(app, {
    screen: home,
    nav,
    items: people.map((label) => ({ label, value: rng.pick(lines) })),
    details: rng.int(1, 3),
    component: rng.pick(['ConversationRow', 'ChatPreview']),
    menu: {
      title: rng.pick(['Chat options', 'Conversation']),
      actions: pickDistinct(rng, bank('Pin Mute Archive Mark_unread Delete'), 3),
    },
    detail: (item, ref, parent) => {
      const s = createScreen(app, { screen: ref, parent });
      const menu = addContextMenu(
        app,
        `${ref.id} message`,
        rng.pick(['Message', 'Message actions']),
        pickDistinct(rng, bank('Reply Copy Forward React Delete'), 3),
      );
      for (let i = 0; i < rng.int(2, 8); i += 1) {
        const bubble = s.row({
          key: `message ${i + 1}`,
          role: 'text',
          label:
            i % 2 === 0
              ? `${item.label.split(' ')[0]}: ${rng.pick(lines)}`
              : `You: ${rng.pick(lines)}`,
        });
        if (i === 0) s.longPress(bubble.id, menu);
      }
      const draft = app.state(`${ref.id}.draft`, '');
      s.split(
        [
          {
            key: 'compose',
            role: 'textfield',
            label: rng.pick(['Message', 'Type a message', 'Write…']),
            value: '',
            stateKey: draft,
            on: { kind: 'input', key: draft },
          },
          {
            key: 'send',
            role: 'button',
            label: rng.pick(['Send', '➤']),
            on: {
              kind: 'submit',
              requires: {},
              success: ref.id,
              failure: 'Not delivered',
              sets: { [app.state(`${ref.id}.sent`, false)]: true },
            },
          },
        ],
        [3, 1],
      );
      s.build();
      fetchOn(app, ref, 'GET', `/conversations/${rng.int(100, 999)}/messages`, {
        messages: rng.int(2, 80),
      });
    },
  });
  buildProfile(app, me, home);
  buildSwitchScreen(app, prefs, home, [
    {
      heading: 'Privacy',
      labels: pickDistinct(
        rng,
        bank('Read_receipts Last_seen Typing_indicator Disappearing_messages'),
        rng.int(2, 4),
      ),
    },
    {
      heading: 'Notifications',
      labels: pickDistinct(
        rng,
        bank('Notifications Message_previews Group_alerts In-app_sounds'),
        rng.int(2, 3),
      ),
    },
  ]);
  fetchOn(app, prefs, 'PUT', '/settings/privacy', { ok: true });
  app.deepLink(prefs);
  app.deepLink(me);
  if (rng.chance(0.6)) app.extend({ permission: rng.pick(['contacts', 'notifications'] as const) });
  return home.id;
}

/** Messaging: a long conversation list with long-press menus, threads with a composer, settings. */
export const chatPack: Pack = definePack({
  id: 'chat',
  title: 'Chat and messaging',
  supports: mobile,
  nouns: bank('Chat Talk Ping Signal Relay Echo Wave Buzz'),
  build,
});
