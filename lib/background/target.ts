/** Whether this build runs in Firefox: WXT sets it at build time (`wxt build -b firefox --mv3`). */
export const IS_FIREFOX: boolean = import.meta.env.FIREFOX === true;
