/** A FreeBSD account name, or a kebab-case name for a person without one: the id of content/people/<id>.md. */
export const PERSON_ID_PATTERN = /^[a-z][a-z0-9-]*$/;
