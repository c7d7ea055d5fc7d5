# Test "unload": iu.ko unloads once every route's module is gone.
run rmmod_iu rmmod iu
