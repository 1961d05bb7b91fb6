/**
 * Instagram has no web composer that accepts text from outside: Pantau copies the caption to the
 * clipboard and opens the create flow, and tells the user what to do next (issue: posting).
 */
export const instagramCreateUrl = 'https://www.instagram.com/create/select/';
