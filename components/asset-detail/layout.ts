/** Columns of the detail page: viewer and code on the left, versions and actions on the right. */
export const DETAIL_GRID = "grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]";
/** Viewer plus its toolbar; fixed so nothing moves while the model loads. */
export const VIEWER_HEIGHT = "h-[380px] sm:h-[520px]";
