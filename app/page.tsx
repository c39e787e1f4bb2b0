import { redirect } from "next/navigation";

/** The home page is the generator. */
export default function Home() {
  redirect("/generate");
}
