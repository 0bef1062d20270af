# paperlab_set_warnings(<target>): the one place project warning flags are set.
function(paperlab_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra)
    if(PAPERLAB_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
