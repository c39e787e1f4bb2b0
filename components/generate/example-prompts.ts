/** Example prompts offered as one-click chips on the Generate page; each is one the built-in modeler understands fully. */
export const EXAMPLE_PROMPTS = [
  "a red wooden chair",
  "a black cat with white paws",
  "a shiny red sports car",
  "a table with four chairs around it",
  "a lamp between two chairs",
  "a small house with a red roof",
  "a tall pine tree",
  "a blue ceramic mug",
];
