/** The iJw code lists (data/reference/ijw-codelists.json): the one source of valid product categories. */
import { readReference } from './files.js';

interface CodeList { codes: { code: string; meaning: string }[] }
const codelists = readReference<{ productcategorie: CodeList }>('ijw-codelists.json');

/** iJw JZ020 product categories, e.g. `45` Jeugdhulp ambulant. */
export const productCategories = new Map(codelists.productcategorie.codes.map((c) => [c.code, c.meaning]));
