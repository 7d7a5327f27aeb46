import type { Rng } from '../../../rng.js';
import type { ElementRole } from '../../../world/model.js';

/** Picks React Native component names: one convention per app, so trees differ between apps. */
export interface ComponentNamer {
  forRole(role: ElementRole): string;
}

const choices: Record<ElementRole, readonly string[]> = {
  button: ['Pressable', 'TouchableOpacity', 'PrimaryButton', 'ActionButton', 'AppButton'],
  text: ['Text', 'Label', 'BodyText', 'Caption'],
  header: ['HeaderTitle', 'ScreenTitle', 'NavTitle'],
  textfield: ['TextInput', 'FormField', 'InputField'],
  securefield: ['PasswordInput', 'SecureField', 'SecretInput'],
  switch: ['Switch', 'ToggleRow', 'SettingSwitch'],
  checkbox: ['Checkbox', 'CheckRow', 'TickBox'],
  link: ['Link', 'TextLink', 'Anchor'],
  tab: ['TabBarItem', 'TabButton', 'BottomTab'],
  cell: ['ListItem', 'Row', 'Cell', 'ListRow', 'Card'],
  image: ['Image', 'FastImage', 'Thumbnail'],
  slider: ['Slider', 'RangeSlider'],
  searchfield: ['SearchBar', 'SearchInput'],
  map: ['MapView', 'MapCanvas'],
  canvas: ['Canvas', 'ChartView', 'Sparkline'],
};

/** A namer with this app's picks. */
export function createComponentNamer(rng: Rng): ComponentNamer {
  const picked = new Map<ElementRole, string>();
  return {
    forRole(role) {
      const known = picked.get(role);
      if (known) return known;
      const name = rng.pick(choices[role]);
      picked.set(role, name);
      return name;
    },
  };
}
