import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildProfile, fetchOn, linkTo } from './kit/common-screens.js';
import { combineLabels, pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { addSlider } from './kit/drag-block.js';
import { buildList } from './kit/list-block.js';
import { createScreen } from './kit/screen-builder.js';
import { singular } from './kit/singular.js';
import { addButtonWithTwin } from './kit/switch-block.js';
import { adjectives, bank } from './kit/words.js';

/** The shop's categories; each names its products in the singular ("Watches" → "Classic Watch"). */
export const categories = bank(
  'Shoes Jackets Lamps Mugs Backpacks Headphones Plants Watches Chairs Candles Rugs Kettles',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const currency = rng.pick(['$', '€', '£', 'CHF ']);
  const price = (): string => `${currency}${rng.int(5, 400)}.${rng.pick(['00', '49', '95', '99'])}`;
  const home = app.screen('home', rng.pick(['Shop', 'Discover', 'Store', app.identity.name]));
  const cart = app.screen('cart', rng.pick(['Cart', 'Basket', 'Bag']));
  const checkout = app.screen('checkout', rng.pick(['Checkout', 'Delivery details']));
  const done = app.screen(
    'order placed',
    rng.pick(['Order placed', 'Thank you', 'Order confirmed']),
  );
  const account = app.screen('account', rng.pick(['Account', 'My profile']));
  const nav = [
    { key: 'home', label: rng.pick(['Home', 'Shop']), to: home.id },
    { key: 'cart', label: cart.title, to: cart.id },
    { key: 'account', label: rng.pick(['Me', 'Account']), to: account.id },
  ];
  const cats = pickDistinct(rng, categories, rng.int(2, 4)).map((c) => app.screen(c, c));
  const cartKey = app.state('cart.count', '0');
  cats.forEach((cat, i) => {
    const items = combineLabels(rng, adjectives, [singular(cat.title)], rng.int(6, 24)).map(
      (label) => ({ label, value: price() }),
    );
    buildList(app, {
      screen: cat,
      parent: home,
      items,
      details: i === 0 ? 3 : 1,
      gridOk: true,
      decoy: true,
      component: rng.pick(['ProductCard', 'ProductRow', 'ItemTile']),
      detail: (item, ref, parent) =>
        buildDetail(app, {
          screen: ref,
          parent,
          image: true,
          fields: [
            { label: 'Price', value: item.value ?? price() },
            {
              label: rng.pick(['Rating', 'Reviews']),
              value: `${rng.int(30, 50) / 10} ★ (${rng.int(3, 900)})`,
            },
            {
              label: rng.pick(['In stock', 'Availability']),
              value: rng.pick(['Yes', 'Only 2 left', 'Ships in 3 days']),
            },
          ],
          extend: (s) =>
            addButtonWithTwin(
              app,
              s,
              {
                key: 'add to cart',
                role: 'button',
                label: rng.pick(['Add to cart', 'Add to bag', 'Buy now']),
                on: { kind: 'select', key: cartKey, value: '1' },
              },
              0.4,
            ),
        }),
    });
    fetchOn(app, cat, 'GET', `/products?category=${cat.id}`, { items: items.length, page: 1 });
  });
  buildProfile(app, account, home);
  const c = createScreen(app, {
    screen: cart,
    parent: home,
    nav,
    sticky: {
      key: 'checkout',
      role: 'button',
      label: rng.pick(['Checkout', 'Go to checkout', 'Pay now']),
      on: { kind: 'navigate', to: checkout.id },
    },
  });
  c.row({
    key: 'summary',
    role: 'text',
    label: rng.pick(['Items in cart', 'Your bag']),
    value: '0',
    stateKey: cartKey,
  });
  if (app.request.kind === 'web')
    addSlider(app, c, rng.pick(['Gift wrap budget', 'Tip amount']), 0, 50);
  c.build();
  const form = createScreen(app, { screen: checkout, parent: cart });
  for (const label of pickDistinct(
    rng,
    bank('Full_name Street City Postcode Phone'),
    rng.int(2, 4),
  )) {
    const key = app.state(`checkout.${label}`, '');
    form.row({
      key: label,
      role: 'textfield',
      label,
      value: '',
      stateKey: key,
      on: { kind: 'input', key },
    });
  }
  const placed = app.state('order.placed', false);
  form.row({
    key: 'place order',
    role: 'button',
    label: rng.pick(['Place order', 'Confirm purchase']),
    on: {
      kind: 'submit',
      requires: {},
      success: done.id,
      failure: 'Payment declined',
      sets: { [placed]: true },
    },
  });
  form.build();
  buildDetail(app, {
    screen: done,
    parent: home,
    fields: [{ label: rng.pick(['Order number', 'Order #']), value: `${rng.int(100000, 999999)}` }],
    after: [linkTo(home, rng.pick(['Continue shopping', 'Back to shop']))],
    nested: false,
  });
  fetchOn(app, done, 'POST', '/orders', { orderId: rng.int(1000, 9999), status: 'created' }, 201);
  const h = createScreen(app, { screen: home, nav });
  const searchKey = app.state('home.search', '');
  h.row({
    key: 'search',
    role: 'searchfield',
    label: rng.pick(['Search products', 'Search']),
    value: '',
    stateKey: searchKey,
    on: { kind: 'input', key: searchKey },
  });
  h.section(rng.pick(['Categories', 'Shop by category']));
  h.list(
    cats.map((cat) => linkTo(cat)),
    true,
  );
  h.build();
  app.deepLink(rng.pick(cats));
  app.deepLink(cart);
  if (rng.chance(0.3)) app.extend({ permission: 'camera' });
  return home.id;
}

/** An online shop: categories, product lists with look-alikes, product details, cart and checkout. */
export const shopPack: Pack = definePack({
  id: 'shop',
  title: 'Shop',
  supports: [...mobile, ...web],
  nouns: bank('Market Store Cart Bazaar Goods Outlet Mall Shop Basket Depot'),
  build,
});
