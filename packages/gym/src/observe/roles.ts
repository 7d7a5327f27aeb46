/**
 * How each platform names element roles: iOS accessibility roles, Android
 * widget classes, Chromium ARIA roles, UIKit classes and React Native
 * components.
 */
import type { Platform } from '@forge/spec';
import type { NodeRole } from '../world/view.js';

const ios: Readonly<Record<NodeRole, string>> = {
  button: 'AXButton',
  text: 'AXStaticText',
  header: 'AXHeading',
  textfield: 'AXTextField',
  securefield: 'AXSecureTextField',
  switch: 'AXSwitch',
  checkbox: 'AXCheckBox',
  link: 'AXLink',
  tab: 'AXTab',
  cell: 'AXCell',
  image: 'AXImage',
  slider: 'AXSlider',
  searchfield: 'AXSearchField',
  map: 'AXMap',
  canvas: 'AXGroup',
  container: 'AXScrollArea',
  keyboard: 'AXKeyboard',
  'dialog-button': 'AXButton',
  icon: 'AXIcon',
  overlay: 'AXSheet',
};

const android: Readonly<Record<NodeRole, string>> = {
  button: 'android.widget.Button',
  text: 'android.widget.TextView',
  header: 'android.widget.TextView',
  textfield: 'android.widget.EditText',
  securefield: 'android.widget.EditText',
  switch: 'android.widget.Switch',
  checkbox: 'android.widget.CheckBox',
  link: 'android.widget.TextView',
  tab: 'android.widget.TabWidget',
  cell: 'android.widget.LinearLayout',
  image: 'android.widget.ImageView',
  slider: 'android.widget.SeekBar',
  searchfield: 'android.widget.SearchView',
  map: 'android.view.View',
  canvas: 'android.view.View',
  container: 'android.widget.ScrollView',
  keyboard: 'android.inputmethodservice.KeyboardView',
  'dialog-button': 'android.widget.Button',
  icon: 'android.widget.TextView',
  overlay: 'android.widget.FrameLayout',
};

const web: Readonly<Record<NodeRole, string>> = {
  button: 'button',
  text: 'StaticText',
  header: 'heading',
  textfield: 'textbox',
  securefield: 'textbox',
  switch: 'switch',
  checkbox: 'checkbox',
  link: 'link',
  tab: 'tab',
  cell: 'listitem',
  image: 'img',
  slider: 'slider',
  searchfield: 'searchbox',
  map: 'application',
  canvas: 'img',
  container: 'main',
  keyboard: 'generic',
  'dialog-button': 'button',
  icon: 'link',
  overlay: 'dialog',
};

const byPlatform: Readonly<Record<Platform, Readonly<Record<NodeRole, string>>>> = {
  ios,
  android,
  chromium: web,
};

/** The role name a platform's discovery tool prints for a node role. */
export function platformRole(role: NodeRole, platform: Platform): string {
  return byPlatform[platform][role];
}

const uikit: Readonly<Record<NodeRole, string>> = {
  button: 'UIButton',
  text: 'UILabel',
  header: 'UILabel',
  textfield: 'UITextField',
  securefield: 'UITextField',
  switch: 'UISwitch',
  checkbox: 'UIButton',
  link: 'UIButton',
  tab: 'UITabBarButton',
  cell: 'UITableViewCell',
  image: 'UIImageView',
  slider: 'UISlider',
  searchfield: 'UISearchTextField',
  map: 'MKMapView',
  canvas: 'UIView',
  container: 'UIScrollView',
  keyboard: 'UIKeyboard',
  'dialog-button': 'UIButton',
  icon: 'SBIconView',
  overlay: 'UIDropShadowView',
};

/** The UIKit class of a node, for the native inspection tools. */
export function uikitClass(role: NodeRole): string {
  return uikit[role];
}

const rn: Readonly<Record<NodeRole, string>> = {
  button: 'Pressable',
  text: 'Text',
  header: 'Text',
  textfield: 'TextInput',
  securefield: 'TextInput',
  switch: 'Switch',
  checkbox: 'Pressable',
  link: 'Text',
  tab: 'TabBarItem',
  cell: 'TouchableOpacity',
  image: 'Image',
  slider: 'Slider',
  searchfield: 'TextInput',
  map: 'MapView',
  canvas: 'View',
  container: 'ScrollView',
  keyboard: 'Keyboard',
  'dialog-button': 'Button',
  icon: 'View',
  overlay: 'Modal',
};

/** The React Native component a node renders as, unless the pack named one. */
export function rnComponent(role: NodeRole, component: string | undefined): string {
  return component ?? rn[role];
}
