export { mountSidebar, type SidebarHandle } from './mount';
export { Sidebar, type SidebarProps, DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH } from './Sidebar';
export type { ExportFile, ExportFormat, SectionId, SectionVisibility, TitleInfo, TitleState } from './types';
export { SIDEBAR_CSS } from './styles';
export { paperPageUrl } from './paper-link';
