import type { SubjectDef } from "../types";
import { BUILDING_KINDS } from "./kinds-outdoors-buildings";
import { CRAFT_KINDS } from "./kinds-outdoors-craft";
import { FURNITURE_KINDS } from "./kinds-outdoors-furniture";
import { MACHINE_KINDS } from "./kinds-outdoors-machines";
import { PARK_KINDS } from "./kinds-outdoors-park";
import { PLANT_KINDS } from "./kinds-outdoors-plants";
import { RIDER_KINDS } from "./kinds-outdoors-riders";
import { VEHICLE_KINDS } from "./kinds-outdoors-vehicles";
import { STREET_KINDS } from "./kinds-outdoors-street";
import { YARD_KINDS } from "./kinds-outdoors-yard";

/** Vehicles, buildings and street furniture, plants and more furniture, as declarative kinds (see define-kind.ts). */
export const OUTDOOR_KINDS: SubjectDef[] = [...STREET_KINDS, ...BUILDING_KINDS, ...PARK_KINDS, ...VEHICLE_KINDS, ...CRAFT_KINDS, ...PLANT_KINDS, ...FURNITURE_KINDS, ...RIDER_KINDS, ...MACHINE_KINDS, ...YARD_KINDS];
