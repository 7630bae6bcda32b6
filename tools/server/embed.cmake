# Writes OUT, a C++ file defining `const char precis::server::NAME[]` with the
# bytes of IN (cmake -DIN=... -DOUT=... -DNAME=... -P embed.cmake).
file(READ "${IN}" content)
string(FIND "${content}" ")precis_embed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw string's delimiter")
endif()
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by tools/server/embed.cmake.\nnamespace precis::server {\nextern const char ${NAME}[];\nconst char ${NAME}[] = R\"precis_embed(${content})precis_embed\";\n}  // namespace precis::server\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
