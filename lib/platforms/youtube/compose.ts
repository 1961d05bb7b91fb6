/**
 * YouTube has no web composer that accepts text from outside: Pantau copies the title and
 * description to the clipboard and opens YouTube Studio's upload page (issue: posting).
 */
export const youtubeUploadUrl = 'https://www.youtube.com/upload';
