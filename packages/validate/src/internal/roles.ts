/**
 * Role names as the discovery tools print them on each platform (iOS AX
 * roles, Android widget classes, ARIA roles, UIKit classes, React Native
 * components), grouped by what a tap on them does.
 */

/** Text inputs: a tap focuses them so the keyboard can type. */
const textInputRoles: ReadonlySet<string> = new Set([
  'AXTextField',
  'AXSecureTextField',
  'AXSearchField',
  'android.widget.EditText',
  'android.widget.SearchView',
  'textbox',
  'searchbox',
  'UITextField',
  'UISearchTextField',
  'TextInput',
]);

/** Toggles: a tap flips their own state and moves nothing on screen. */
const toggleRoles: ReadonlySet<string> = new Set([
  'AXSwitch',
  'AXCheckBox',
  'android.widget.Switch',
  'android.widget.CheckBox',
  'switch',
  'checkbox',
  'UISwitch',
  'Switch',
]);

/** True for a text input role. */
export function isTextInputRole(role: string): boolean {
  return textInputRoles.has(role);
}

/** True for a switch or checkbox role. */
export function isToggleRole(role: string): boolean {
  return toggleRoles.has(role);
}
