export { mountPopover, type PopoverHandle, type ShowOptions, type MountPopoverOptions } from './mount';
export { Popover, announcement, citationCopyText, type PopoverProps } from './Popover';
export { placePopover, type Box, type Placement, type PlaceInput } from './position';
export { safeGovernmentUrl, dossierUrl, leadsHere, GOVERNMENT_HOSTS } from './links';
export { POPOVER_CSS } from './styles';
export type * from './types';
