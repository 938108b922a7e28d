/** A Chinese character: names and titles written in them are printed and joined without spaces. */
export const HAN = /\p{Script=Han}/u
