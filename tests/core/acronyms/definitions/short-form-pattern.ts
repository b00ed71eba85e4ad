/**
 * SHORT_FORM of definitions/short-form-shape.ts and what the brackets' reading strips before testing it, copied here so
 * the tests of the character-code checks that stand in for them state the rule they are held to.
 */
export const SHORT_FORM = /^[\p{L}\p{N}](?:[\p{L}\p{N}&]|-(?=[\p{L}\p{N}]))*$/u;
