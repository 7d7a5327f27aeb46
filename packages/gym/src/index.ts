export { createEnv, type EnvOptions, type GymEnv } from './env.js';
export type { FamilyWorld, TaskFamily, TaskSample } from './families/family.js';
export { createFamilyRegistry, defaultFamilies, type FamilyRegistry } from './families/registry.js';
export {
  noFamilyServedText,
  servedFamilies,
  type UnservedFamily,
  unservedText,
} from './families/served.js';
export {
  type InjectionHooks,
  type InjectionKind,
  injectionKinds,
  injectionRecovery,
  isInjectionKind,
} from './inject/kinds.js';
export { applicableInjections, type InjectionContext, planInjections } from './inject/plan.js';
export {
  type ComponentNode,
  type ComponentTree,
  formatComponentTree,
  parseComponentTree,
} from './observe/component-tree.js';
export {
  describeSources,
  formatDescribe,
  formatElementLine,
  formatFrame,
} from './observe/describe-format.js';
export {
  type DescribedElement,
  type DescribeResult,
  type ObservationParseError,
  parseDescribe,
} from './observe/describe-parse.js';
export {
  type DeviceList,
  formatDeviceList,
  type ListedDevice,
  parseDeviceList,
} from './observe/device-list.js';
export { elementAt, frameCenter, frameContains } from './observe/geometry.js';
export {
  formatHotspotTable,
  type HotspotRow,
  parseHotspotTable,
} from './observe/hotspot-table.js';
export {
  type ElementInspection,
  formatInspection,
  type InspectedElement,
  parseInspection,
  type StackEntry,
} from './observe/inspect-element.js';
export {
  formatLogRegistry,
  type LogCounts,
  type LogEntry,
  type LogRegistry,
  parseLogRegistry,
} from './observe/log-registry.js';
export {
  formatNativeDescribe,
  iosScreen,
  type NativeDescribeResult,
  type NativeLeaf,
  parseNativeDescribe,
} from './observe/native-describe.js';
export {
  formatNativeHierarchy,
  type HierarchyNode,
  type NativeHierarchy,
  parseNativeHierarchy,
} from './observe/native-hierarchy.js';
export {
  formatNetworkLog,
  type NetworkLogEntry,
  type NetworkLogPage,
  parseNetworkLog,
} from './observe/network-log.js';
export { platformRole, rnComponent, uikitClass } from './observe/roles.js';
export {
  adminTablesPack,
  authPack,
  bankingPack,
  chatPack,
  defaultPacks,
  fitnessPack,
  heldOutMediaPlayerPack,
  heldOutSmartHomePack,
  mapsPack,
  newsPack,
  notesPack,
  settingsPack,
  shopPack,
  socialFeedPack,
  travelPack,
  validateAppSpec,
} from './packs/archetypes/index.js';
export type { Pack, PackRequest } from './packs/pack.js';
export { createRng, deriveSeed, type Rng } from './rng.js';
export { screenPixels } from './tools/capture-tools.js';
export type { ToolContext, ToolHandler, ToolHandlers } from './tools/context.js';
export { defaultToolHandlers } from './tools/index.js';
export type {
  AppKind,
  AppSpec,
  ElementBehavior,
  ElementRole,
  ElementSpec,
  Frame,
  HotspotSpec,
  LogSpec,
  ModalSpec,
  RequestSpec,
  RuntimeSpec,
  ScreenSpec,
  WebSpec,
} from './world/model.js';
export type { AppRuntime, DeviceState, World, WorldState } from './world/state.js';
export { hitTest, type NodeRole, type ScreenView, type ViewNode, viewOf } from './world/view.js';
