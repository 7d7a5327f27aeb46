import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import {
  buildProfile,
  buildSwitchScreen,
  dateText,
  fetchOn,
  linkTo,
} from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { buildList } from './kit/list-block.js';
import { buildLogin } from './kit/login-block.js';
import { createScreen } from './kit/screen-builder.js';
import { bank } from './kit/words.js';

const merchants = bank(
  'Grocer Cinema Rail Pharmacy Bookshop Bakery Fuel Gym Airline Florist Hardware Streaming',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const cur = rng.pick(['$', '€', '£']);
  const money = (max: number): string =>
    `${cur}${rng.int(1, max).toLocaleString('en-US')}.${String(rng.int(0, 99)).padStart(2, '0')}`;
  const home = app.screen('home', rng.pick(['Welcome', app.identity.name, 'Secure banking']));
  const login = app.screen('login', rng.pick(['Sign in', 'Log on']));
  const accounts = app.screen('accounts', rng.pick(['Accounts', 'My accounts', 'Overview']));
  const transfer = app.screen('transfer', rng.pick(['Transfer', 'Send money', 'Pay someone']));
  const sent = app.screen('transfer sent', rng.pick(['Transfer sent', 'Payment scheduled']));
  const cards = app.screen('cards', rng.pick(['Card controls', 'Cards']));
  const profile = app.screen('profile', rng.pick(['Profile', 'Personal details']));
  buildLogin(app, { screen: login, parent: home, success: accounts });
  const names = pickDistinct(
    rng,
    bank('Everyday Savings Joint Travel Business Holiday_fund Rainy_day Mortgage'),
    rng.int(2, 5),
  );
  buildList(app, {
    screen: accounts,
    parent: home,
    items: names.map((n) => ({
      label: `${n} ${rng.pick(['account', `••${rng.int(1000, 9999)}`])}`,
      value: money(20000),
    })),
    details: rng.int(1, names.length),
    component: rng.pick(['AccountCard', 'BalanceRow']),
    after: (s) => {
      s.row(linkTo(transfer));
      s.row(linkTo(cards));
      s.row(linkTo(profile));
    },
    detail: (item, ref, parent) => {
      const txs = Array.from({ length: rng.int(4, 24) }, (_, i) => ({
        label: `${rng.pick(merchants)} ${i + 1}`,
        value: `-${money(300)}`,
      }));
      buildList(app, {
        screen: ref,
        parent,
        items: txs,
        details: rng.int(1, 2),
        decoy: true,
        before: (s) =>
          s.row({
            key: 'balance',
            role: 'text',
            label: 'Balance',
            value: item.value ?? money(100),
            stateKey: app.state(`${ref.id}.balance`, item.value ?? ''),
          }),
        detail: (tx, txRef, txParent) =>
          buildDetail(app, {
            screen: txRef,
            parent: txParent,
            fields: [
              { label: 'Amount', value: tx.value ?? '' },
              { label: 'Date', value: dateText(app) },
              {
                label: rng.pick(['Reference', 'Transaction ID']),
                value: `TX${rng.int(100000, 999999)}`,
              },
              { label: 'Category', value: rng.pick(bank('Groceries Travel Bills Leisure Health')) },
            ],
          }),
      });
    },
  });
  const t = createScreen(app, { screen: transfer, parent: accounts });
  for (const label of [
    rng.pick(['Payee', 'Recipient', 'To']),
    'Amount',
    rng.pick(['Reference', 'Note']),
  ]) {
    const key = app.state(`transfer.${label}`, '');
    t.row({
      key: label,
      role: 'textfield',
      label,
      value: '',
      stateKey: key,
      on: { kind: 'input', key },
    });
  }
  t.row({
    key: 'send',
    role: 'button',
    label: rng.pick(['Send', 'Transfer now', 'Continue']),
    on: {
      kind: 'submit',
      requires: { loggedIn: true },
      success: sent.id,
      failure: 'Please sign in first',
      sets: { [app.state('transfer.done', false)]: true },
    },
  });
  t.build();
  buildDetail(app, {
    screen: sent,
    parent: accounts,
    fields: [{ label: 'Status', value: rng.pick(['Pending', 'Completed']) }],
    after: [linkTo(accounts, rng.pick(['Done', 'Back to accounts']))],
    nested: false,
  });
  buildSwitchScreen(app, cards, accounts, [
    {
      heading: rng.pick(['Debit card', `Visa ••${rng.int(1000, 9999)}`]),
      labels: pickDistinct(
        rng,
        bank('Freeze_card Online_payments Contactless ATM_withdrawals Overseas_use Gambling_block'),
        rng.int(3, 5),
      ),
    },
  ]);
  buildProfile(app, profile, accounts);
  const h = createScreen(app, { screen: home });
  h.row({ key: 'logo', role: 'image', label: `${app.identity.name} logo` }, 2);
  h.row({
    key: 'sign in',
    role: 'button',
    label: login.title,
    on: { kind: 'navigate', to: login.id },
  });
  h.row({
    key: 'rates',
    role: 'link',
    label: rng.pick(['Exchange rates', 'Find a branch']),
    on: { kind: 'select', key: app.state('home.info', ''), value: 'info' },
  });
  h.build();
  fetchOn(app, accounts, 'GET', '/accounts', { accounts: names.length });
  fetchOn(app, sent, 'POST', '/transfers', { status: 'accepted' }, 202);
  app.deepLink(transfer);
  app.deepLink(cards);
  return home.id;
}

/** A bank: login, accounts, transactions three levels deep, transfers, card switches. */
export const bankingPack: Pack = definePack({
  id: 'banking',
  title: 'Banking',
  supports: [...mobile, ...web],
  nouns: bank('Bank Pay Ledger Vault Coin Money Credit Savings'),
  build,
});
