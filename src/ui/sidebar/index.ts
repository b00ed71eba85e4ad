export { mountSidebar, type SidebarHandle } from './mount';
export { Sidebar, type SidebarProps } from './Sidebar';
export { SIDEBAR_CSS } from './styles';
export { paperPageUrl } from './paper-link';
