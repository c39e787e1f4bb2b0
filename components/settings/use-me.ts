"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/data/api";
import { getMe, updateMe } from "@/components/data/api-account";

/** The signed-in user (GET /me) and a mutation that saves changes to it (PATCH /me). */
export function useMe() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.me, queryFn: getMe });
  const save = useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => queryClient.setQueryData(queryKeys.me, me),
  });
  return { ...query, save };
}
