# Test "load": iu.ko, which every route's module is linked against.
run insmod_iu insmod /iu.ko
